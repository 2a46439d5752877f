import { describe, expect, it } from 'vitest'
import { parseCurl } from './parse-curl'

const ok = (cmd: string) => {
  const r = parseCurl(cmd)
  if (!r.ok) throw new Error(r.message)
  return r
}

describe('parseCurl', () => {
  it('reads the URL, headers and skipped options', () => {
    expect(ok(`curl -k -H 'x-env: canary' -H "X-Team:  payments " https://shop.example.com/cart?id=7`)).toEqual({
      ok: true,
      request: { protocol: 'HTTPS', host: 'shop.example.com', path: '/cart?id=7', method: 'GET', headers: { 'x-env': 'canary', 'x-team': 'payments' } },
      ignored: ['-k'],
      notes: [],
    })
  })

  it('reads methods, ports, Host headers and bundled short options', () => {
    expect(ok('curl -sSLkXPUT http://10.0.0.1:8080/api -H "Host: api.example.com"').request).toEqual({ protocol: 'HTTP', host: 'api.example.com', port: 8080, path: '/api', method: 'PUT' })
    expect(ok('curl --request=delete example.com').request).toEqual({ protocol: 'HTTP', host: 'example.com', path: '/', method: 'DELETE' })
    expect(ok('curl -I https://example.com/x').request.method).toBe('HEAD')
  })

  it('makes data a POST, or a query string with -G, and never simulates the body', () => {
    const post = ok(`curl https://a.example.com/orders --data '{"id":1}'`)
    expect(post.request).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    expect(post.notes).toEqual(['the request body is not simulated: routing never reads it'])
    expect(ok('curl --json {} https://a.example.com/').request.headers).toEqual({ 'content-type': 'application/json', accept: 'application/json' })
    expect(ok('curl -X PATCH -d a=1 https://a.example.com/').request.method).toBe('PATCH')
    expect(ok('curl -G -d q=boots -d page=2 https://a.example.com/search?x=1').request).toMatchObject({ method: 'GET', path: '/search?x=1&q=boots&page=2' })
  })

  it('turns -A, -e, -b and -u into the headers they send', () => {
    expect(ok(`curl -A bot/1 -e https://ref.example/ -b 'a=1; b=2' -u alice:secret https://a.example.com/`).request.headers).toEqual({
      'user-agent': 'bot/1',
      referer: 'https://ref.example/',
      cookie: 'a=1; b=2',
      authorization: `Basic ${btoa('alice:secret')}`,
    })
  })

  it('reads line continuations, quotes and escapes as a shell does', () => {
    const r = ok("curl \\\n  -H 'x-a: it'\\''s' \\\n  -H x-b:\\ two\\ words \\\n  'https://a.example.com/p?q=a b'")
    expect(r.request).toMatchObject({ headers: { 'x-a': "it's", 'x-b': 'two words' }, path: '/p?q=a b' })
  })

  it('says what it skipped, with values, and stops at shell operators', () => {
    const r = ok('curl -v -o out.json --max-time 3 --resolve a.example.com:443:127.0.0.1 https://a.example.com/ | jq .')
    expect(r.ignored).toEqual(['shell operator | and what follows', '-v', '-o out.json', '--max-time 3', '--resolve a.example.com:443:127.0.0.1'])
    expect(r.request.host).toBe('a.example.com')
  })

  it('keeps $VARIABLES as written', () => {
    expect(ok('curl -H "authorization: Bearer $TOKEN" https://a.example.com/').request.headers).toEqual({ authorization: 'Bearer $TOKEN' })
  })

  it.each([
    ['curl -k', /no URL found/],
    ['curl ftp://files.example.com/x', /not a URL RouteLab can read/],
    [`curl "unclosed https://a.example.com`, /a double quote is not closed/],
    [`curl -H 'x: it\\'s' https://a.example.com`, /a single quote is not closed/],
  ])('refuses %j with a message', (cmd, message) => {
    const r = parseCurl(cmd)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })
})
