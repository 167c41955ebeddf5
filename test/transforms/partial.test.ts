import { describe, expect, it } from 'vitest';
import { isPartial, partialScope } from '../../src/transforms/partial';

describe('partialScope', () => {
  it.each([
    ['subset: only the UN Volunteers with UNAMA: 63 international + 26 national = 89; others not counted.', 'only the UN Volunteers with UNAMA'],
    ['subset: only the international UN Volunteers with UNAMA; those with other UN entities are not counted.', 'only the international UN Volunteers with UNAMA'],
    ['subset: only the UN Volunteers supporting the Rohingya refugee response ("Currently, 23 UN Volunteers ...")', 'only the UN Volunteers supporting the Rohingya refugee response'],
    ['Subset: one mission only.', 'one mission only'],
  ])('"%s" covers "%s"', (note, scope) => {
    expect(partialScope(note)).toBe(scope);
  });

  it('a whole-country figure, or one that only mentions a subset later, is not partial', () => {
    expect(partialScope('"We now have 112 UN Volunteers in Sri Lanka"')).toBeNull();
    expect(partialScope('Total; a subset is in the note of another row.')).toBeNull();
    expect(partialScope(null)).toBeNull();
    expect(isPartial({ note: 'subset: only WFP' })).toBe(true);
    expect(isPartial(null)).toBe(false);
  });
});
