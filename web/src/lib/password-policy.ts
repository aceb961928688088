/**
 * The same 等保 2.0 password rule the server enforces (server/src/modules/auth/password-policy.ts),
 * checked here only to answer early; the server has the last word.
 */
export const PASSWORD_POLICY_TEXT =
  '密码至少 8 位，须包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名';

export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < 8) return '密码长度至少 8 位';
  if (password.length > 128) return '密码长度不能超过 128 位';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) =>
    re.test(password),
  ).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    return '密码不能包含用户名';
  return null;
}
