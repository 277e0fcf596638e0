import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

// Draws app/favicon.ico from the same shapes as app/icon.svg (a white levenswiel on the brand blue), so browsers that
// ask for /favicon.ico get the icon too. Run `npx tsx scripts/favicon.ts` after changing the icon; the output is
// committed. PNG entries inside the ICO are supported by every current browser.

const BRAND = [0x1d, 0x4f, 0x91] as const
const SIZES = [16, 32, 48]

/** In the 64-unit space of icon.svg: is this point on the rounded square, and on the white wheel? */
function shape(x: number, y: number): { square: boolean; wheel: boolean } {
  const corner = 14
  const qx = Math.max(Math.abs(x - 32) - (32 - corner), 0)
  const qy = Math.max(Math.abs(y - 32) - (32 - corner), 0)
  const square = qx * qx + qy * qy <= corner * corner
  const d = Math.hypot(x - 32, y - 32)
  const ring = Math.abs(d - 20) <= 3
  const hub = d <= 8
  const spoke = (() => {
    if (d > 20) return false
    const angle = Math.atan2(y - 32, x - 32)
    const nearest = Math.round(angle / (Math.PI / 4)) * (Math.PI / 4)
    return Math.abs(d * Math.sin(angle - nearest)) <= 1.75 && Math.cos(angle - nearest) > 0
  })()
  return { square, wheel: square && (ring || hub || spoke) }
}

function pixels(size: number): Buffer {
  const samples = 4
  const rgba = Buffer.alloc(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0
      let wheel = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const hit = shape(((px + (sx + 0.5) / samples) * 64) / size, ((py + (sy + 0.5) / samples) * 64) / size)
          if (hit.square) square++
          if (hit.wheel) wheel++
        }
      }
      const white = square === 0 ? 0 : wheel / square
      const offset = (py * size + px) * 4
      for (let c = 0; c < 3; c++) rgba[offset + c] = Math.round((BRAND[c] ?? 0) * (1 - white) + 255 * white)
      rgba[offset + 3] = Math.round((255 * square) / (samples * samples))
    }
  }
  return rgba
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(data: Buffer): number {
  let c = 0xffffffff
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  const rgba = pixels(size)
  const rows = Buffer.concat(
    Array.from({ length: size }, (_, y) =>
      Buffer.concat([Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)]),
    ),
  )
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size % 256, 0)
    entry.writeUInt8(size % 256, 1)
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)])
}

writeFileSync('app/favicon.ico', ico(SIZES.map((size) => ({ size, data: png(size) }))))
