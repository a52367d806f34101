// Runs a command with inherited output; resolves to its exit code (never throws).
import {spawn} from 'node:child_process';

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {stdio: 'inherit', ...options});
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Like run, but captures stdout and stderr (and still echoes them). */
export function capture(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], ...options});
    let output = '';
    const keep = (chunk, stream) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('error', (error) => resolve({code: 1, output: output + error.message}));
    child.on('close', (code) => resolve({code: code ?? 1, output}));
  });
}
