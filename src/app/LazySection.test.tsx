// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessagesContext } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { LazySection } from './LazySection.tsx';

function Figure({ name }: { readonly name: string }) {
  return <p>figure {name}</p>;
}

afterEach(cleanup);

const show = (load: () => Promise<{ default: typeof Figure }>) =>
  render(
    <MessagesContext value={MESSAGES.ko}>
      <nav>header</nav>
      <LazySection load={load} props={{ name: 'A' }} />
    </MessagesContext>,
  );

describe('LazySection', () => {
  it('says a failed load in the reader’s language, keeps the page, and Retry imports again', async () => {
    // React reports the caught error; the test asserts what the page shows instead.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<{ default: typeof Figure }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: Figure });
    show(load);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(MESSAGES.ko.sectionLoadFailed);
    expect(alert.textContent).toContain(MESSAGES.ko.sectionLoadFailedWhy);
    expect(screen.getByText('header')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: MESSAGES.ko.sectionRetry }));
    });
    expect(await screen.findByText('figure A')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    vi.restoreAllMocks();
  });

  it('tells a crash inside the section from a failed load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('bad state');
    }
    render(
      <MessagesContext value={MESSAGES.en}>
        <LazySection load={() => Promise.resolve({ default: Broken })} props={{}} />
      </MessagesContext>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This section stopped with an error: bad state');
    vi.restoreAllMocks();
  });

  it('loads a section once for every mount', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Figure }));
    const first = show(load);
    await screen.findByText('figure A');
    first.unmount();
    show(load);
    expect(screen.getByText('figure A')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
