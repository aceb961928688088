/** How personal data is shown to people whose role does not need the full value. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 18-digit resident ID or 18-character credit code: keep the first 6 and last 4. */
export function maskIdNumber(id: string): string {
  return id.length > 10 ? `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}` : '****';
}

/** A person's name for readers who need not know it: the surname kept, the rest starred (张**). */
export const maskName = (name: string): string =>
  `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;
