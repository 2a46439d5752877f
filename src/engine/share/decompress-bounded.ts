/**
 * Decompresses lz-string's `compressToEncodedURIComponent` format with a cap on the output.
 *
 * Why not `LZString.decompressFromEncodedURIComponent`: it has no output limit, and the format
 * lets output grow with the square of the input (each code may repeat the previous entry plus a
 * character), so a 20,000-character link can expand to more than 50 MB and freeze or crash the
 * tab that opens it. This is the same algorithm with a budget; the unit tests check it against
 * lz-string on random input, and links are still made with lz-string itself.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]))

export type BoundedResult = { ok: true; text: string } | { ok: false; reason: 'invalid' | 'too-large' }

/**
 * @example
 * decompressBounded(LZString.compressToEncodedURIComponent('hello'), 1000) // { ok: true, text: 'hello' }
 */
export function decompressBounded(input: string, maxChars: number): BoundedResult {
  // Characters outside the alphabet (a space from a mangled paste) are read as 0 by lz-string;
  // here they make the link invalid rather than silently different.
  const values: number[] = []
  for (const ch of input) {
    const v = VALUE.get(ch)
    if (v === undefined) return { ok: false, reason: 'invalid' }
    values.push(v)
  }
  if (values.length === 0) return { ok: false, reason: 'invalid' }

  // Bits are read from 6-bit characters, most significant first; codes are assembled least
  // significant bit first, as the compressor writes them.
  let index = 0
  let current = values[0]!
  let mask = 32
  let exhausted = false
  const readBits = (n: number): number => {
    let bits = 0
    for (let power = 1; power !== 1 << n; power <<= 1) {
      if ((current & mask) > 0) bits |= power
      mask >>= 1
      if (mask === 0) {
        mask = 32
        index++
        if (index >= values.length) exhausted = true
        current = values[index] ?? 0
      }
    }
    return bits
  }

  const dictionary: string[] = ['', '', '']
  let numBits = 3
  let enlargeIn = 4
  const out: string[] = []

  const first = readBits(2)
  if (first === 2) return { ok: true, text: '' }
  if (first !== 0 && first !== 1) return { ok: false, reason: 'invalid' }
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16))
  dictionary.push(w)
  out.push(w)
  let length = 1

  for (;;) {
    if (exhausted) return { ok: false, reason: 'invalid' }
    let code = readBits(numBits)
    if (code === 2) return { ok: true, text: out.join('') }
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(readBits(code === 0 ? 8 : 16)))
      code = dictionary.length - 1
      if (--enlargeIn === 0) {
        enlargeIn = 1 << numBits
        numBits++
      }
    }
    let entry: string
    if (code < dictionary.length && code > 2) entry = dictionary[code]!
    else if (code === dictionary.length) entry = w + w.charAt(0)
    else return { ok: false, reason: 'invalid' }
    length += entry.length
    if (length > maxChars) return { ok: false, reason: 'too-large' }
    out.push(entry)
    dictionary.push(w + entry.charAt(0))
    w = entry
    if (--enlargeIn === 0) {
      enlargeIn = 1 << numBits
      numBits++
    }
  }
}
