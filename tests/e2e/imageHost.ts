/**
 * An article with pictures on an image host of its own (a local server standing in for a site's CDN), for the
 * offline-images journeys in Chromium and Firefox: two real PNGs, an SVG carrying a script, and an HTML page that
 * claims to be a PNG. The host records every request it gets.
 */
import { createServer, type Server } from 'node:http';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** One PNG chunk: length, type, data, CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** An 8-bit RGB PNG whose pixel (x, y) is `pixel(x, y)`, written by hand so no image library is needed. */
export function rgbPng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]);
}

/** An RGB PNG of a diagonal gradient (a picture a reader would recognise has loaded, at a known size). */
export function png(width: number, height: number): Buffer {
  return rgbPng(width, height, (x, y) => [(x * 255) / width, (y * 255) / height, 128]);
}

export interface ImageHost {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

/** The article's image host: two pictures, an SVG with a script, and an HTML page that claims to be a PNG. */
export async function startImageHost(): Promise<ImageHost> {
  const hits: string[] = [];
  const files: Record<string, [string, Buffer]> = {
    '/img/harbour.png': ['image/png', png(2000, 1000)],
    '/img/crane.png': ['image/png', png(320, 240)],
    '/img/chart.svg': ['image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="console.log(\'PWNED-svg\')"><rect width="10" height="10"/></svg>')],
    '/img/fake.png': ['image/png', Buffer.from('<!doctype html><script>console.log("PWNED-html")</script>')],
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(path);
    const file = files[path];
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': file[0], 'content-length': file[1].length });
    res.end(file[1]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export function imageArticle(imageOrigin: string): string {
  const para = (n: number) =>
    `<p>The harbour board met on Tuesday to decide the future of the old quay, paragraph ${n}. Engineers described how the ` +
    `cranes would be replaced by electric ones over three winters, and how the fishing fleet would keep its berths while ` +
    `the work goes on. Residents asked about noise, traffic and the cost, which the board put at twelve million.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour quay goes electric</title></head><body>
<article><h1>Harbour quay goes electric</h1>
${para(1)}
<figure><img src="${imageOrigin}/img/harbour.png" alt="The quay at dawn" width="2000" height="1000"><figcaption>The quay at dawn.</figcaption></figure>
${para(2)}${para(3)}
<figure><img src="${imageOrigin}/img/crane.png" alt="A crane"><figcaption>One of the cranes.</figcaption></figure>
${para(4)}
<figure><img src="${imageOrigin}/img/chart.svg" alt="Cost chart"><figcaption>What it costs.</figcaption></figure>
${para(5)}
<figure><img src="${imageOrigin}/img/fake.png" alt="A map"><figcaption>The new berths.</figcaption></figure>
${para(6)}${para(7)}
</article></body></html>`;
}
