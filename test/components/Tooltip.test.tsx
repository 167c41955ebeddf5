// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { placeTooltip, Tooltip } from '../../src/components/Tooltip';

describe('placeTooltip', () => {
  it('sits above and to the right of the point when there is room', () => {
    expect(placeTooltip(100, 200, 150, 50, 800, 400)).toEqual({ left: 112, top: 138 });
  });
  it('flips left near the right edge and below near the top', () => {
    expect(placeTooltip(780, 10, 150, 50, 800, 400)).toEqual({ left: 618, top: 22 });
  });
  it('stays inside a container smaller than the box', () => {
    const p = placeTooltip(50, 50, 300, 50, 200, 400);
    expect(p.left).toBe(0);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });
});

describe('Tooltip', () => {
  it('renders its children as a positioned tooltip', () => {
    const { getByRole } = render(
      <Tooltip x={100} y={200} containerWidth={800} containerHeight={400} width={150} height={50}>
        <strong>Kazakhstan</strong>: more than 450
      </Tooltip>,
    );
    const tip = getByRole('tooltip');
    expect(tip.textContent).toBe('Kazakhstan: more than 450');
    expect(tip.style.left).toBe('112px');
    expect(tip.style.position).toBe('absolute');
  });
});
