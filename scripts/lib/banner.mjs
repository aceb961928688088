/** A block nobody scrolls past: used when tests are skipped or CI is missing a dependency. */
export function banner(lines) {
  const bar = '!'.repeat(78);
  return ['', bar, bar, ...lines.map((l) => `!!! ${l}`), bar, bar, ''].join('\n');
}
