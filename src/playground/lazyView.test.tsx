// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessagesContext } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { lazyView } from './lazyView.tsx';

function Figure({ name }: { readonly name: string }) {
  return <p>figure {name}</p>;
}

afterEach(cleanup);

const show = (View: (p: { name: string }) => React.ReactNode) =>
  render(
    <MessagesContext value={MESSAGES.en}>
      <View name="A" />
    </MessagesContext>,
  );

describe('lazyView', () => {
  it('says it is loading, then shows the view; once loaded it renders in the same frame', async () => {
    const importer = vi.fn(() => Promise.resolve(Figure));
    const { View, load } = lazyView(importer);
    show(View);
    expect(screen.getByText(MESSAGES.en.loadingSection)).toBeTruthy();
    expect(await screen.findByText('figure A')).toBeTruthy();
    cleanup();
    show(View);
    expect(screen.getByText('figure A')).toBeTruthy();
    await load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('says a failed load with Retry, which imports again; quiet shows nothing while loading', async () => {
    const importer = vi
      .fn<() => Promise<typeof Figure>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Figure);
    const { View } = lazyView(importer, { quiet: true });
    const { container } = show(View);
    expect(container.textContent).toBe('');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(MESSAGES.en.sectionLoadFailed);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: MESSAGES.en.sectionRetry }));
    });
    expect(await screen.findByText('figure A')).toBeTruthy();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
