// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TableScroll } from './TableScroll.tsx';

afterEach(cleanup);

const afterPaint = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => done(), 0))));

describe('TableScroll', () => {
  it('follows the newest row at the next frame, not inside the commit', async () => {
    const view = (rows: number) => (
      <TableScroll labelledBy="t" rows={rows}>
        <p>rows</p>
      </TableScroll>
    );
    const { container, rerender } = render(view(3));
    const box = container.querySelector('.table-scroll') as HTMLDivElement;
    let reads = 0;
    // jsdom has no layout: a stand-in height, and a count of who asks for it when.
    Object.defineProperty(box, 'scrollHeight', {
      get: () => {
        reads++;
        return 480;
      },
    });
    await afterPaint();
    reads = 0;
    box.scrollTop = 0;
    rerender(view(4));
    // Reading the height right after the commit would force a layout of the whole table.
    expect(reads).toBe(0);
    await afterPaint();
    expect(reads).toBe(1);
    expect(box.scrollTop).toBe(480);
  });
});
