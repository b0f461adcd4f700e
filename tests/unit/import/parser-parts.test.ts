import { describe, expect, it } from 'vitest';
import { findDate, findDateRange } from '../../../electron/core/import/parser/dates';
import { gradeInSentence, gradeOfCell, splitTrailingGrade } from '../../../electron/core/import/parser/grades';
import { joinLines, prepareLines } from '../../../electron/core/import/parser/lines';
import { sourceOf } from './source-of';

describe('inspection dates as reports write them', () => {
  it.each([
    ['Inspection dates: 16 October 2017 to 9 November 2017', '2017-10-16', '2017-11-09'],
    ['9 October to 2 November 2017', '2017-10-09', '2017-11-02'],
    ['13 to 24 March 2023', '2023-03-13', '2023-03-24'],
    ['Inspection dates: 8 to 12 January 2024', '2024-01-08', '2024-01-12'],
    ['undertaken 9th October to 2nd November 2017', '2017-10-09', '2017-11-02'],
    ['29 November – 10 December 2021', '2021-11-29', '2021-12-10'],
    ['13–24 March 2023', '2023-03-13', '2023-03-24'],
    ['between 6 and 17 May 2019', '2019-05-06', '2019-05-17'],
    ['28 December to 8 January 2024', '2023-12-28', '2024-01-08'],
    ['30 December 2019 to 10 January 2020', '2019-12-30', '2020-01-10'],
    ['Monday 4 March to Friday 15 March 2024', '2024-03-04', '2024-03-15'],
    ['4 Sept to 15 Sept 2023', '2023-09-04', '2023-09-15'],
    ['04/03/2024 to 15/03/2024', '2024-03-04', '2024-03-15'],
    ['Visit date: 5 June 2019', '2019-06-05', '2019-06-05'],
  ])('%s', (text, start, end) => {
    expect(findDateRange(text)).toEqual({ start, end });
  });

  it.each([['to be confirmed'], ['31 to 33 March 2023'], ['24 to 13 March 2023'], ['29 February 2023'], ['March 2023']])('refuses %s', (text) => {
    expect(findDateRange(text)).toBeNull();
  });

  it('reads a single publication date', () => {
    expect(findDate('Report published: 21 December 2017')).toBe('2017-12-21');
    expect(findDate('Published: 1st February 2024.')).toBe('2024-02-01');
    expect(findDate('Published in the spring')).toBeNull();
  });
});

describe('grades', () => {
  it.each([
    ['Requires improvement to be good', 'requires_improvement'],
    ['Requires Improvement', 'requires_improvement'],
    ['REQUIRES IMPROVEMENT TO BE GOOD', 'requires_improvement'],
    ['Good.', 'good'],
    ['outstanding', 'outstanding'],
    ['Inadequate*', 'inadequate'],
  ])('a cell reading %s', (cell, grade) => {
    expect(gradeOfCell(cell)).toBe(grade);
  });

  it('is not read from a cell that says something else', () => {
    expect(gradeOfCell('Good progress')).toBeNull();
    expect(gradeOfCell('Grade')).toBeNull();
  });

  it('is read from a sentence, improvement first', () => {
    expect(gradeInSentence('Children’s services in Barset require improvement to be good')).toBe('requires_improvement');
    expect(gradeInSentence('Children’s services in Barset are inadequate')).toBe('inadequate');
    expect(gradeInSentence('The local authority is working hard')).toBeNull();
  });

  it('splits a row that lost its cells only where the grade is capitalised as in a table', () => {
    expect(splitTrailingGrade('Overall effectiveness Requires improvement to be good')).toEqual({ area: 'Overall effectiveness', grade: 'requires_improvement' });
    expect(splitTrailingGrade('2.1 Adoption performance Good')).toEqual({ area: '2.1 Adoption performance', grade: 'good' });
    expect(splitTrailingGrade('The graded judgement for adoption performance is that it is good')).toBeNull();
  });
});

describe('joining a paragraph’s lines', () => {
  it('joins with spaces and handles line-end hyphens as a reader would', () => {
    expect(joinLines(['Strengthen the assess-', 'ments of carers.'])).toBe('Strengthen the assessments of carers.');
    expect(joinLines(['through the multi-', 'agency panel.'])).toBe('through the multi-agency panel.');
    expect(joinLines(['some first-', 'and second-line managers'])).toBe('some first- and second-line managers');
    expect(joinLines(['a line', '', ' and the next '])).toBe('a line and the next');
  });
});

describe('page furniture the reader did not mark', () => {
  it('drops page numbers and a running head repeated at the top of pages, keeps a heading used twice', () => {
    const page = (n: number, body: string) => `Barset inspection report\n${body}\nPage ${String(n)} of 3`;
    const text = [page(1, 'What needs to improve\nOne.'), page(2, 'What needs to improve\nTwo.'), page(3, 'Three.')].join('\n\f');
    const texts = prepareLines(sourceOf(text)).map((line) => line.text).filter((line) => line !== '');
    expect(texts).toEqual(['What needs to improve', 'One.', 'What needs to improve', 'Two.', 'Three.']);
  });

  it('in one long page of pasted text, drops a running foot only when its page number changes', () => {
    const text = ['Alpha.', 'Barset report page 1', 'Beta.', 'Barset report page 2', 'Gamma.', 'Barset report page 3', 'Summary', 'Summary'].join('\n');
    expect(prepareLines(sourceOf(text)).map((line) => line.text)).toEqual(['Alpha.', 'Beta.', 'Gamma.', 'Summary', 'Summary']);
  });
});
