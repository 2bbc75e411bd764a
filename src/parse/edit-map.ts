/**
 * micromark's EditMap, applied from the first edit on. `consume` rebuilds
 * the whole event list: it copies every event before the first edit too, and
 * puts them back one by one. The document tokenizer uses an EditMap for each
 * lazy continuation line (a paragraph line in a list item or block quote
 * without its marker), with edits at the end of the document's events, so a
 * long document with many such lines was quadratic: in a 5 MB article (many
 * articles concatenated), ~30 % of the run's CPU went to copying the events
 * that come before the edits. Here the events before the first edit stay
 * where they are and the library's own `consume` runs on the rest (its edit
 * positions moved by the same amount), so the result is the same list.
 * Patched once, on the prototype, when the Markdown parser loads.
 */
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';

type Change = [number, number, Event[]];

const consumeAll = EditMap.prototype.consume;

function consumeFromFirstEdit(this: EditMap, events: Event[]): undefined {
  const map = this.map as Change[];
  if (map.length === 0) return consumeAll.call(this, events);
  map.sort((a, b) => a[0] - b[0]);
  const first = map[0]![0];
  // From the start, or past the end (where the library's truncation leaves holes): nothing to gain, its own way.
  if (first <= 0 || first > events.length) return consumeAll.call(this, events);
  const rest = events.slice(first);
  for (const change of map) change[0] -= first;
  consumeAll.call(this, rest);
  events.length = first;
  for (const event of rest) events.push(event);
  return undefined;
}

EditMap.prototype.consume = consumeFromFirstEdit;
