// An article as published, with chosen sentences highlighted: the text is cut at the spans and each
// piece becomes a text node; a sentence is a <mark>, its figure a <strong> inside it.
import { h } from './dom.js';

/**
 * marks: [{sentence: {start, end}, evidence: {start, end}, id, label}]. Overlapping sentences are
 * shown once, the first one winning.
 */
export function articleText(text, marks) {
  const box = h('div', { class: 'article' });
  const sorted = marks.filter((m) => m.sentence).sort((a, b) => a.sentence.start - b.sentence.start);
  let at = 0;
  for (const m of sorted) {
    const { start, end } = m.sentence;
    if (start < at || end > text.length) continue;
    box.appendChild(document.createTextNode(text.slice(at, start)));
    const ev = m.evidence;
    const inside = ev && ev.start >= start && ev.end <= end;
    const mark = h('mark', { 'data-claim': m.id, id: `claim-${m.id}`, title: m.label },
      inside ? [text.slice(start, ev.start), h('strong', {}, text.slice(ev.start, ev.end)), text.slice(ev.end, end)] : text.slice(start, end));
    box.appendChild(mark);
    at = end;
  }
  box.appendChild(document.createTextNode(text.slice(at)));
  return box;
}

/** Scrolls each article box so that its first highlighted sentence is in view. */
export function showMarks(root) {
  root.querySelectorAll('.article').forEach((box) => {
    const mark = box.querySelector('mark');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 60);
  });
}
