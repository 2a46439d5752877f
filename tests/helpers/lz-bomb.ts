/**
 * Builds a hostile lz-string payload (compressToEncodedURIComponent format) that decodes to `'a'`
 * repeated about codes²/2 times: each code names the dictionary entry being defined, which the
 * format reads as "the previous entry plus its first character". Writing it directly takes
 * milliseconds, where compressing 50 MB with lz-string would take minutes.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'

export function makeLzBomb(codes: number): { payload: string; decodedLength: number } {
  const bits: number[] = []
  const write = (value: number, n: number) => {
    for (let i = 0; i < n; i++) bits.push((value >> i) & 1)
  }
  write(0, 2)
  write('a'.charCodeAt(0), 8)
  let dictSize = 4
  let numBits = 3
  let enlargeIn = 4
  let entry = 1
  let decodedLength = 1
  for (let j = 0; j < codes; j++) {
    write(dictSize, numBits)
    entry++
    decodedLength += entry
    dictSize++
    if (--enlargeIn === 0) {
      enlargeIn = 1 << numBits
      numBits++
    }
  }
  write(2, numBits)
  while (bits.length % 6) bits.push(0)
  let payload = ''
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0
    for (let b = 0; b < 6; b++) v = (v << 1) | (bits[i + b] ?? 0)
    payload += ALPHABET[v]
  }
  return { payload, decodedLength }
}
