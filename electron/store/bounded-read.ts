// Reads a small file the safe way: only a regular file (a FIFO, device or folder is refused at once,
// never waited on), and never more than `maxBytes` + 1 bytes, even if the file grows while it is read.
// Errors come back as values whose detail is an error code: never the file's bytes, never a path.
import { constants, promises as fs } from 'node:fs';

export type BoundedRead =
  | { status: 'ok'; text: string; bytes: number }
  | { status: 'missing' }
  | { status: 'unreadable'; detail: string }
  | { status: 'too-large'; detail: string };

// Without O_NONBLOCK, opening a FIFO waits for a writer forever. (Not defined on Windows, where it is not needed.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : 'read error';
}

export async function readRegularFile(filePath: string, maxBytes: number): Promise<BoundedRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(filePath, OPEN_FLAGS);
  } catch (error) {
    const code = codeOf(error);
    return code === 'ENOENT' ? { status: 'missing' } : { status: 'unreadable', detail: code };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { status: 'unreadable', detail: 'not a regular file' };
    if (stats.size > maxBytes) return { status: 'too-large', detail: `${stats.size} bytes` };
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { status: 'too-large', detail: `more than ${maxBytes} bytes` };
    // TextDecoder drops a UTF-8 byte-order mark, which some editors write.
    return { status: 'ok', text: new TextDecoder('utf-8').decode(buffer.subarray(0, length)), bytes: length };
  } catch (error) {
    return { status: 'unreadable', detail: codeOf(error) };
  } finally {
    await handle.close().catch(() => {});
  }
}
