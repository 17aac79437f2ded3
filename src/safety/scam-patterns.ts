/**
 * The word patterns behind `detectScamAsk`. Every repetition is bounded so a 65,535-byte message
 * is scanned in linear time. Patterns run on lower-cased text with straight apostrophes.
 */

/** Words that turn a sentence into advice, a warning or a question about the past. */
export const DISTANCING =
  /\b(?:never|not|no|dont|don't|cant|can't|wont|won't|shouldn't|shouldnt|nobody|noone|without|refuse|avoid|beware|careful|anyone|anybody|someone|somebody|who|if|whether|unless|did you|have you|had you|were you|has anyone|make sure|remember|scam|scams|scammers?)\b|n't\b/

/** Where a clause starts again, so "Don't worry, send me …" is still read as an ask. */
export const CLAUSE_BREAK = /[,:(]|\s[-–—]\s|\b(?:but|then|so|instead|now)\b/g

const SEED_NOUN = String.raw`(?:seed(?!\s*signer)(?:\s*(?:phrase|words?|qr|backup))?|recovery\s*(?:phrase|words?|seed|sentence|sheet|card)|mnemonic(?:\s*(?:phrase|words?|code))?|backup\s*(?:phrase|words)|secret\s*(?:recovery\s*)?(?:phrase|words)|(?:12|24|18|twelve|eighteen|twenty[- ]?four)[- ]words?|(?:first|last)\s+(?:\w+\s+)?words?|wallet\s*words)`

const KEY_NOUN = String.raw`(?:private\s*keys?|priv\s*keys?|privkey|secret\s*keys?|[xyztuv]prv\w*|nsec\w*|wif(?:\s*keys?)?|master\s*(?:private\s*)?key|wallet\.dat|keystore(?:\s*file)?|signing\s*key)`

/** Words allowed between a verb and what it asks for: "send me a photo of your …". */
const GAP = String.raw`(?:(?:me|us|him|them|it|your|ur|yr|the|all|a|an|copy|photo|picture|pic|screenshot|image|scan|full|whole|complete|entire|exact|of|over|along|here|quickly|please|pls|plz|just|to|with|and|or|those|these|that|my|our|real|actual|own|original|written|paper|bitcoin|btc|wallet|wallets|\d+|few|first|last)\s+){0,7}`

/** Verbs that hand something over whatever follows. */
const HAND_OVER = String.raw`(?:send(?:s|ing)?|shar(?:e|es|ing)|giv(?:e|es|ing)|tell(?:s|ing)?|past(?:e|es|ing)|post(?:s|ing)?|dm|text|e-?mail|forward(?:ing)?|upload(?:ing)?|submit(?:ting)?|provid(?:e|ing)|show(?:ing)?|screenshot|photograph|snap|drop)`

/** Verbs that are only an ask with a destination: "type your seed here", not "type it into Sparrow". */
const ENTER = String.raw`(?:enter(?:ing)?|typ(?:e|ing)|writ(?:e|ing)|read(?:ing)?|input(?:ting)?|import(?:ing)?|verif(?:y|ying)|validat(?:e|ing)|confirm(?:ing)?|sync(?:ing)?|connect(?:ing)?|restor(?:e|ing))`

/** A destination that is not the person's own wallet. */
export const FOREIGN_TARGET =
  /^\W*(?:(?:\w+\s+){0,3}?)(?:here|below|in (?:the |this |our )?(?:chat|dm|message|reply)|to (?:me|us)|for (?:me|us)|(?:in|into|on|at|via|through|using)\s+(?:(?:this|the|our|my)\s+(?:form|site|website|web site|page|link|portal|tool|bot|box|field|validator|checker|dapp)|https?:\/\/|www\.|[a-z0-9-]+\.(?:com|io|net|org|app|xyz|site|online|info|co|me|live|top|pro|cc)\b)|aloud|out loud|out\b)/

const need = String.raw`\b(?:i|we|ill|i'll|we'll|i'd|we'd|i'm going to|we're going to)\s+(?:\w+\s+){0,2}?(?:need|require|want|must have|have to see|need to see|need to check|need to verify|need to know)\s+`
const question = String.raw`\bwhat(?:'s|s| is| are| were| was)\s+(?:your|ur|the)\s+(?:\w+\s+){0,2}?`
const notAbout = String.raw`(?!(?:\s+\w+)?\s+(?:length|size|format|type|standard|word ?list|checksum|storage)\b)`

/** Asks for a noun (seed words or keys): hand-over verbs, enter verbs, needs and questions. */
export const askPatterns = (noun: string) => ({
  handOver: new RegExp(String.raw`\b${HAND_OVER}\s+${GAP}${noun}\b${notAbout}`, 'g'),
  enter: new RegExp(String.raw`\b${ENTER}\s+(${GAP})${noun}\b${notAbout}`, 'g'),
  need: new RegExp(String.raw`${need}${GAP}${noun}\b${notAbout}`, 'g'),
  question: new RegExp(String.raw`${question}${noun}\b${notAbout}`, 'g'),
})

export const SEED_ASKS = askPatterns(SEED_NOUN)
export const KEY_ASKS = askPatterns(KEY_NOUN)

export const REMOTE_TOOL =
  /\b(?:any ?desk|team ?viewer|rust ?desk|ultra ?viewer|supremo|splashtop|ammyy|logmein|screen ?connect|connectwise|quick ?assist|chrome remote desktop|remote ?desktop|remote (?:access|control)|tight ?vnc|real ?vnc|vnc viewer|zoho assist|getscreen)\b/g
export const TAKE_CONTROL =
  /\b(?:take|give me|let me (?:have|take))\s+(?:\w+\s+){0,2}?control\s+of\s+(?:your|the|ur)\s+(?:computer|pc|laptop|screen|mouse|desktop|machine|phone|device)|\b(?:let me|i can|i'll|i will|allow me to)\s+(?:\w+\s+){0,2}?(?:connect|log ?in|access|get into|remote)\s+(?:to\s+|into\s+)?(?:your|the|ur)\s+(?:computer|pc|laptop|desktop|machine|device|screen)/g
export const SCREEN_SHARE =
  /\b(?:share (?:your |the |ur )?(?:whole |entire |full )?screen|screen ?shar(?:e|ing)|show me your (?:whole |entire )?screen)/g
export const WALLET_CONTEXT =
  /\b(?:wallet|seed|keys?|sparrow|electrum|ledger|trezor|coldcard|bitbox|blue ?wallet|muun|phoenix|exodus|balance|funds|open)\b/

export const FEE_NOUN =
  /\b(?:verification|verify|activation|activate|unlock(?:ing)?|validation|validate|synchroni[sz]ation|sync(?:ing)?|whitelist(?:ing)?|authentication|rectification|release|clearance|unfreez(?:e|ing))\s+(?:fee|fees|payment|deposit|charge|amount|transaction|tx|transfer)\b/g
export const PAY_VERB =
  /\b(?:send(?:ing)?|pay(?:ing)?|deposit(?:ing)?|transfer(?:ring)?)\s+(?:(?:a|some|the|small|tiny|little|amount|of|\d[\d.,]*|btc|bitcoin|sats?|satoshis?|coins?|usd|\$\d+)\s+){0,5}/g
export const PAY_PURPOSE =
  /\bto\s+(?:\w+\s+){0,2}?(?:verify|validate|activate|unlock|sync|synchroni[sz]e|whitelist|authenticate|rectify|release|unfreeze|prove|confirm|reactivate)\s+(?:\w+\s+){0,2}?(?:wallet|account|funds|coins|bitcoin|btc|balance|withdrawal|identity|ownership|seed|keys?)\b/
export const OWN_DESTINATION =
  /\bto (?:your|ur) (?:own |new |other |second |receiving )?(?:address|wallet)|\byourself\b/
export const FOREIGN_DESTINATION =
  /\bto (?:me|us|my|our|this|that|the following|the address below)\b/

const INSTALL_VERB = String.raw`\b(?:install|download|run|execute|launch|open)(?:ing|s)?\s+`
const INSTALL_GAP = String.raw`(?:(?:this|the|that|my|our|attached|following|a|an|small|little|new|updated|patched|fixed|special|custom|modified|recovery|repair|sync|unlock|latest|it|program|and)\s+){0,4}`
const RISKY_FILE = String.raw`(?:attachment|apk|exe|installer|patch|binary|[\w-]*\.(?:exe|apk|dmg|msi|bat|ps1|scr|jar|appimage|deb|pkg|vbs|cmd))`
const SENT_THING = String.raw`(?:file|app|tool|program|software|script|zip|update|version|fix|extension|plugin|wallet)`
const SENT_BY_ME = String.raw`\s+(?:i|we)(?:'ve| have)?\s+(?:just\s+)?(?:sent|attached|shared|uploaded|linked|made|built|gave)`

export const INSTALL_ASKS = [
  new RegExp(String.raw`${INSTALL_VERB}${INSTALL_GAP}${RISKY_FILE}\b`, 'g'),
  new RegExp(String.raw`${INSTALL_VERB}${INSTALL_GAP}${SENT_THING}${SENT_BY_ME}`, 'g'),
  new RegExp(
    String.raw`\b(?:install|download|run|execute|launch)(?:ing)?\s+(?:this|my|our|the following|the attached|attached)\s+(?:\w+\s+){0,2}?(?:app|tool|program|software|wallet|extension|plugin|fix|update|version|script)\b`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:i|we)(?:'ve| have)?\s+(?:just\s+)?(?:sent|attached|shared|uploaded)\s+(?:you\s+)?(?:a|an|the|this|my)\s+(?:\w+\s+){0,2}?(?:file|app|apk|exe|tool|program|software|installer|script|fix|patch|update)\b`,
    'g',
  ),
  /\b(?:install|download|get)\b[^.!?\n]{0,60}\bfrom\s+(?:this|my|our|the following|the)\s+(?:link|site|website|page|url)\b/g,
]
/** Things a troubleshooter may legitimately exchange as files, and official-download advice. */
export const HARMLESS_FILES =
  /\b(?:psbt|pdf|screenshot|image|photo|txt|csv|json|log|logs|official|signature|pgp|gpg|checksum)\b/
