import { COMMANDS } from './commands.js';
import { CliError } from './cli-error.js';

/**
 * `npx fazhi <command>`: the operator's tool. Reads the same settings as the server (FAZHI_DATA_DIR,
 * DATABASE_URL, …). Exits 0 on success, 1 on failure, 2 on a usage error, with a Chinese message.
 */
async function main(argv: string[]) {
  const [name, sub] = argv;
  const twoWord = name && sub && COMMANDS[`${name} ${sub}`];
  const command = twoWord || (name ? COMMANDS[name] : undefined);
  if (!command) {
    const list = Object.entries(COMMANDS).map(([k, c]) => `  fazhi ${k.padEnd(16)} ${c.summary}`);
    console.log(`用法：npx fazhi <命令> [参数]\n\n${list.join('\n')}`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  return command.run(argv.slice(twoWord ? 2 : 1));
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    if (e instanceof CliError) {
      console.error(`fazhi：${e.message}`);
      process.exit(e.exitCode);
    }
    console.error(`fazhi：${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
