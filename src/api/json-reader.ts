/**
 * Parses a JSON text that arrives in pieces. A top-level list of objects (every list the API
 * serves) is parsed element run by element run as the text arrives, so that no single
 * `JSON.parse` of the whole 10 MB (10,000 measures) blocks the page: that one call, its string
 * and its garbage were a 150–250 ms task — as long as the hand-written floor page's
 * `response.json()` (issue 8: no task over 200 ms). Anything else is parsed whole at the end.
 *
 * The result and the errors are those of `JSON.parse` on the whole text. Why it is safe: a run
 * is cut only right after a `}` that is followed by `,` and the same opening as the list's first
 * element (`{"id"`), and the run is accepted only if `[run]` parses. A cut inside an element or
 * inside a string can never parse (the element's opening brace would stay open, or the string
 * unterminated), so an accepted cut is always between two elements. A rejected cut is not tried
 * again; the text just waits for the next one, or for the end.
 */
export class JsonReader {
  private buffer = '';
  private mode: 'undecided' | 'list' | 'whole' = 'undecided';
  /** `},{"firstKey"`: where the next element of the list may begin. */
  private marker = '';
  /** The last cut in `buffer` that did not parse; later searches look only beyond it. */
  private rejectedCut = -1;
  private readonly items: unknown[] = [];

  /** List elements parsed so far (before `end`): the work already done while the text arrived. */
  get elementsParsed(): number {
    return this.items.length;
  }

  push(text: string): void {
    this.buffer += text;
    if (this.mode === 'undecided') this.decide();
    if (this.mode === 'list') this.takeCompleteElements();
  }

  /** The parsed value; throws SyntaxError exactly when the whole text is not JSON. */
  end(): unknown {
    if (this.mode !== 'list') return JSON.parse(this.buffer);
    // The buffer holds the last element(s) and the closing bracket.
    const rest: unknown[] = JSON.parse(`[${this.buffer}`) as unknown[];
    for (const item of rest) this.items.push(item);
    return this.items;
  }

  private decide(): void {
    const start = /^\s*\[\s*(\{\s*"(?:[^"\\]|\\.)*")/.exec(this.buffer);
    if (start?.[1] !== undefined) {
      this.mode = 'list';
      this.marker = `},${start[1]}`;
      // From here on the buffer starts at an element: drop the list's `[`.
      this.buffer = this.buffer.slice(start[0].length - start[1].length);
    } else if (this.buffer.length > 1024 || /^\s*(?:[^\s[]|\[\s*[^\s{])/.test(this.buffer)) {
      // Not a list of objects (or its first key is very long): parse the whole text at the end.
      this.mode = 'whole';
    }
  }

  private takeCompleteElements(): void {
    const cut = this.buffer.lastIndexOf(this.marker);
    if (cut <= this.rejectedCut) return;
    let run: unknown[];
    try {
      run = JSON.parse(`[${this.buffer.slice(0, cut + 1)}]`) as unknown[];
    } catch {
      this.rejectedCut = cut;
      return;
    }
    for (const item of run) this.items.push(item);
    this.buffer = this.buffer.slice(cut + 2);
    this.rejectedCut = -1;
  }
}
