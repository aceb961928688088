/** Hand-ins may arrive this long after the deadline: the phone's network, not extra answering time. */
export const GRACE_MS = 15_000;

/**
 * Whether a hand-in at `at` is within the attempt's time limit (plus the grace), and the answering
 * time that counts for the leaderboard: measured by the server from the start, never more than the limit.
 */
export function handInTiming(startedAt: string, deadlineAt: string, at: Date) {
  const start = Date.parse(startedAt);
  const deadline = Date.parse(deadlineAt);
  return {
    inTime: at.getTime() <= deadline + GRACE_MS,
    durationMs: Math.max(0, Math.min(at.getTime(), deadline) - start),
  };
}
