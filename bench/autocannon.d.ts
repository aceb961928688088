/** autocannon ships no types; the runner only passes options through and prints the result. */
declare module 'autocannon' {
  const autocannon: (options: Record<string, unknown>) => Promise<Record<string, unknown>>;
  export default autocannon;
}
