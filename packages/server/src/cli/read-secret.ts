/**
 * Reads one line from the terminal without echoing it (raw mode), or the first line of stdin when
 * it is not a terminal (a pipe, a file). The prompt goes to stderr so stdout stays clean.
 */
export async function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) return readFirstLine(input);
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding("utf8");
  try {
    return await new Promise<string>((resolve, reject) => {
      let secret = "";
      const onData = (chunk: string) => {
        for (const character of chunk) {
          if (character === "\r" || character === "\n" || character === "\u0004") {
            input.off("data", onData);
            return resolve(secret);
          }
          if (character === "\u0003") {
            input.off("data", onData);
            return reject(new Error("Cancelled"));
          }
          if (character === "\u007f" || character === "\b") secret = [...secret].slice(0, -1).join("");
          else if (character >= " ") secret += character;
        }
      };
      input.on("data", onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write("\n");
  }
}

async function readFirstLine(input: NodeJS.ReadStream): Promise<string> {
  let text = "";
  input.setEncoding("utf8");
  for await (const chunk of input) {
    text += chunk as string;
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}
