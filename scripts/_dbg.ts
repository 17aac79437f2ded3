import { BunkerSigner, parseBunkerInput } from 'nostr-tools/nip46'
import { generateSecretKey } from 'nostr-tools'
import { startRelay } from './relay'
import { startDemoSigner } from './demo-signer'
const relay = await startRelay()
const signer = await startDemoSigner({ relayUrl: relay.url, secretKey: generateSecretKey() })
const ck = generateSecretKey()
const mk = async () => BunkerSigner.fromBunker(ck, (await parseBunkerInput(signer.bunkerUri))!)
const b1 = await mk()
await b1.connect()
console.log('first', await b1.getPublicKey())
await b1.close()
await relay.restart()
const b2 = await mk()
for (let i = 0; i < 6; i++) {
  try {
    await Promise.race([b2.connect(), new Promise((_, no) => setTimeout(() => no(new Error('slow')), 2000))])
    console.log('second', await b2.getPublicKey()); break
  } catch (e) { console.log(i, String(e)) }
}
process.exit(0)
