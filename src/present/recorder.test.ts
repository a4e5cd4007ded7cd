import { describe, expect, it } from 'vitest';
import { frameList, pickMimeType } from './recorder.ts';

describe('recording plan', () => {
  it('shows every snapshot in order, or the last ones when there are too many', () => {
    expect(frameList(0)).toEqual([]);
    expect(frameList(1)).toEqual([0]);
    expect(frameList(4)).toEqual([0, 1, 2, 3]);
    expect(frameList(10, 3)).toEqual([7, 8, 9]);
    expect(frameList(250)).toHaveLength(200);
    expect(frameList(250).at(-1)).toBe(249);
  });

  it('picks the best WebM flavour the recorder takes, or none', () => {
    expect(pickMimeType(() => true)).toBe('video/webm;codecs=vp9');
    expect(pickMimeType((t) => t !== 'video/webm;codecs=vp9')).toBe('video/webm;codecs=vp8');
    expect(pickMimeType((t) => t === 'video/webm')).toBe('video/webm');
    expect(pickMimeType(() => false)).toBeNull();
  });
});
