import type { TimetableCheckLevel } from '../../../../shared/api/methods/calendar';
import './timetable.css';

/** The level in words, and a mark that does not rely on colour (the word is always shown too). */
const LEVEL_WORDS: Record<TimetableCheckLevel, { word: string; mark: string }> = {
  missed: { word: 'Missed', mark: '✕' },
  warning: { word: 'Warning', mark: '!' },
  ok: { word: 'OK', mark: '✓' },
};

type Props = { level: TimetableCheckLevel; message: string; as?: 'li' | 'p' };

/** One check of a meeting's timetable, on the meeting page and on Home alike: mark and word, then the message. */
export function TimetableCheckLine({ level, message, as: Tag = 'li' }: Props) {
  return (
    <Tag className={`timetable-check timetable-check--${level}`}>
      <span className="timetable-check__level">
        <span className="timetable-check__mark" aria-hidden="true">{LEVEL_WORDS[level].mark}</span>
        {LEVEL_WORDS[level].word}
        <span className="visually-hidden">:</span>
      </span>
      <span className="timetable-check__message">{message}</span>
    </Tag>
  );
}
