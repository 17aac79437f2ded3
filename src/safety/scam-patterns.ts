/**
 * The word patterns behind `detectScamAsk`. Every repetition is bounded so a 65,535-byte message
 * is scanned in linear time. Patterns run on lower-cased text with straight apostrophes.
 */

/** Words that turn a sentence into advice, a warning or a question about the past. */
export const DISTANCING =
  /\b(?:never|not|no|dont|don't|cant|can't|wont|won't|shouldn't|shouldnt|nobody|noone|without|refuse|avoid|beware|careful|anyone|anybody|someone|somebody|who|if|whether|unless|did you|have you|had you|were you|has anyone|make sure|remember|scam|scams|scammers?)\b|n't\b/

/** Where a clause starts again, so "Don't worry, send me …" is still read as an ask. */
/** Talk about scams rather than a scam: warnings, red flags ("this is not a scam" aside). */
export const ABOUT_SCAMS =
  /\b(?:scams?|scammers?|scammy|fraud|phishing|red flags?|warning signs?|beware|impostors?)\b/
export const NOT_A_SCAM = /\b(?:not|no|isn'?t|never)\s+(?:a\s+)?scam\b/g

export const CLAUSE_BREAK = /[,:(]|\s[-–—]\s|\b(?:but|then|so|instead|now)\b/g

const SEED_NOUN = String.raw`(?:(?<=\b(?:your|ur)\s+)phrase|words\s+(?:of|from|on)\s+(?:your|ur|the)\s+(?:backup|seed|wallet|recovery|card)|seed(?!\s*signer)(?:\s*(?:phrase|words?|qr|backup))?|recovery\s*(?:phrase|words?|seed|sentence|sheet|card)|mnemonic(?:\s*(?:phrase|words?|code))?|backup\s*(?:phrase|words|card|sheet|seed)|secret\s*(?:recovery\s*)?(?:phrase|words)|(?:12|24|18|twelve|eighteen|twenty[- ]?four)[- ]words?|(?:first|last)\s+(?:\w+\s+)?words?|wallet\s*words)`

const KEY_NOUN = String.raw`(?:private\s*keys?|priv\s*keys?|privkey|secret\s*keys?|[xyztuv]prv\w*|nsec\w*|wif(?:\s*keys?)?|master\s*(?:private\s*)?key|wallet\.dat|wallet\s*files?|(?:wallet\s*)?backup\s*files?|dumpprivkey|dumpwallet|getprivatekeys|keystore(?:\s*file)?|signing\s*key)`

/** Words allowed between a verb and what it asks for: "send me a photo of your …". */
const GAP = String.raw`(?:(?:me|us|him|them|it|your|ur|yr|the|all|a|an|copy|photo|picture|pic|screenshot|image|scan|full|whole|complete|entire|exact|of|over|along|here|quickly|please|pls|plz|just|to|with|and|or|those|these|that|my|our|real|actual|own|original|written|paper|bitcoin|btc|wallet|wallets|\d+|few|first|last|qr|code)\s+){0,7}`

/** Verbs that hand something over whatever follows. */
const HAND_OVER = String.raw`(?:repl(?:y|ying)\s+with|respond(?:ing)?\s+with|attach(?:ing)?|send(?:s|ing)?|shar(?:e|es|ing)|giv(?:e|es|ing)|tell(?:s|ing)?|past(?:e|es|ing)|post(?:s|ing)?|dm|text|e-?mail|forward(?:ing)?|upload(?:ing)?|submit(?:ting)?|provid(?:e|ing)|show(?:ing)?|screenshot|photograph|snap|drop)`

/** Verbs that are only an ask with a destination: "type your seed here", not "type it into Sparrow". */
const ENTER = String.raw`(?:enter(?:ing)?|typ(?:e|ing)|writ(?:e|ing)|read(?:ing)?|input(?:ting)?|import(?:ing)?|verif(?:y|ying)|validat(?:e|ing)|confirm(?:ing)?|sync(?:ing)?|connect(?:ing)?|restor(?:e|ing))`

/** A destination that is not the person's own wallet. */
/** "Go to some-site.com and enter …": the destination named before the ask. */
export const GO_TO_SITE =
  /\b(?:go to|visit|open|head to|navigate to|log ?in (?:to|at))\s+(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+\.(?:com|io|net|org|app|xyz|site|online|info|co|me|live|top|pro|cc)\b/
export const FOREIGN_TARGET =
  /^\W*(?:(?:\w+\s+){0,3}?)(?:here|below|in (?:the |this |our )?(?:chat|dm|message|reply)|to (?:me|us)|for (?:me|us)|(?:in|into|on|at|via|through|using)\s+(?:(?:this|the|our|my)\s+(?:\w+\s+)?(?:form|site|website|web site|page|link|portal|tool|bot|box|field|validator|checker|dapp)|https?:\/\/|www\.|[a-z0-9-]+\.(?:com|io|net|org|app|xyz|site|online|info|co|me|live|top|pro|cc)\b)|aloud|out loud|out\b)/

const need = String.raw`\b(?:i|we|ill|i'll|we'll|i'd|we'd|i'm going to|we're going to)\s+(?:\w+\s+){0,2}?(?:need|require|want|must have|have to see|need to see|need to check|need to verify|need to know)\s+`
const question = String.raw`\bwhat(?:'s|s| is| are| were| was)\s+(?:written\s+)?(?:(?:on|in)\s+)?(?:your|ur|the)\s+(?:\w+\s+){0,2}?`
const notAbout = String.raw`(?!(?:\s+\w+)?\s+(?:length|size|format|type|standard|word ?list|checksum|storage)\b)`

/** Asks for a noun (seed words or keys): hand-over verbs, enter verbs, needs and questions. */
export const askPatterns = (noun: string) => ({
  handOver: new RegExp(String.raw`\b${HAND_OVER}\s+${GAP}${noun}\b${notAbout}`, 'g'),
  enter: new RegExp(String.raw`\b${ENTER}\s+(${GAP})${noun}\b${notAbout}`, 'g'),
  need: new RegExp(String.raw`${need}${GAP}${noun}\b${notAbout}`, 'g'),
  question: new RegExp(String.raw`${question}${noun}\b${notAbout}`, 'g'),
})

export const SEED_ASKS = askPatterns(SEED_NOUN)
export const SEED_NAMED = new RegExp(String.raw`\b${SEED_NOUN}\b`)
export const KEY_NAMED = new RegExp(String.raw`\b${KEY_NOUN}\b`)
/** "Read me the words", "tell me the 12 words": the words of a backup, asked for outright. */
export const THE_WORDS =
  /\b(?:read|tell|send|give|text|type|say|dm)\s+(?:me|us)\s+(?:all\s+)?(?:the|your|ur|those|these)\s+(?:\d+\s+)?words\b/g
/** A secret sent "to me", "here", "in the chat", in a sentence that names the secret. */
export const HAND_TO_ME =
  /\b(?:send|give|paste|share|forward|upload|e-?mail|dm|text|post|attach|copy)\b[^.!?\n]{0,30}?(?:\b(?:to|with) (?:me|us)\b|\bhere\b|\bin (?:the |this )?chat\b|\bbelow\b|\b(?:it|them) over\b)|\b(?:send|give|forward|dm|text|e-?mail)\s+(?:it|them)\s+(?:to\s+)?(?:me|us)\b|\b(?:send|give|forward|dm|text|e-?mail)\s+(?:me|us)\s+(?:it|them|(?:the|a)\s+(?:picture|photo|pic|image|scan|screenshot))\b/g
export const KEY_ASKS = askPatterns(KEY_NOUN)

export const REMOTE_TOOL =
  /\b(?:any ?desk|team ?viewer|rust ?desk|ultra ?viewer|supremo|splashtop|ammyy|logmein|screen ?connect|connectwise|quick ?assist|chrome remote desktop|remote ?desktop|remote (?:access|control)|tight ?vnc|real ?vnc|vnc viewer|zoho assist|getscreen|hop ?to ?desk|parsec|go ?to ?assist|go ?to ?my ?pc|beyond ?trust|isl light|remote ?utilities|remote ?pc|aero ?admin|radmin|lite ?manager|dw ?service|ninja ?one|atera|iperius)\b/g
export const TAKE_CONTROL =
  /\b(?:allow|accept|approve|grant)\s+(?:the\s+|my\s+)?remote\s+(?:control|access|session|connection)|\b(?:take|give me|let me (?:have|take))\s+(?:\w+\s+){0,2}?control\s+(?:of|over)\s+(?:your|the|ur)\s+(?:computer|pc|laptop|screen|mouse|desktop|machine|phone|device)|\b(?:let me|i can|i'll|i will|allow me to)\s+(?:\w+\s+){0,2}?(?:connect|log ?in|access|get into|remote)\s+(?:to\s+|into\s+)?(?:your|the|ur)\s+(?:computer|pc|laptop|desktop|machine|device|screen)/g
export const SCREEN_SHARE =
  /\b(?:share (?:your |the |ur )?(?:whole |entire |full )?screen|screen ?shar(?:e|ing)|show me your (?:whole |entire )?screen)/g
/** A remote tool is asked for, not only named: something to install, run, read out or accept. */
export const REMOTE_ASK =
  /\b(?:install|download|run|use|start|launch|get|give|send|share|tell|read|connect|accept|allow|approve|grant|click|code|id|password|session|take over)\b/
export const WALLET_CONTEXT =
  /\b(?:wallet|seed|keys?|sparrow|electrum|ledger|trezor|coldcard|bitbox|blue ?wallet|muun|phoenix|exodus|balance|funds|open)\b/

export const FEE_NOUN =
  /\b(?:verification|verify|activation|activate|unlock(?:ing)?|validation|validate|synchroni[sz]ation|sync(?:ing)?|whitelist(?:ing)?|authentication|rectification|release|clearance|unfreez(?:e|ing))\s+(?:fee|fees|payment|deposit|charge|amount|transaction|tx|transfer)\b/g
export const PAY_VERB =
  /\b(?:send(?:ing)?|pay(?:ing)?|deposit(?:ing)?|transfer(?:ring)?)\s+(?:(?:a|some|the|small|tiny|little|amount|of|\d[\d.,]*|btc|bitcoin|sats?|satoshis?|coins?|usd|\$\d+)\s+){0,5}/g
export const PAY_PURPOSE =
  /\bto\s+(?:\w+\s+){0,2}?(?:verify|validate|activate|unlock|sync|synchroni[sz]e|whitelist|authenticate|rectify|release|unfreeze|prove|confirm|reactivate)\s+(?:\w+\s+){0,2}?(?:wallet|account|funds|coins|bitcoin|btc|balance|withdrawal|identity|ownership|seed|keys?)\b|\bto\s+(?:verify|validate|activate|unlock|whitelist|authenticate|unfreeze|prove)\b|\bfor\s+(?:verification|validation|activation|authentication)\b|\b(?:confirm|prove|verify|validate)s?\s+(?:your\s+|the\s+)?(?:ownership|identity)\b|\b(?:get|have)\s+(?:your|ur|the)\s+(?:funds|coins|bitcoin|btc|balance|wallet|account)\s+(?:unlocked|released|unfrozen|activated|verified|validated|synced)\b/
/** The payment is called a verification, validation, activation… */
export const VERIFICATION_WORD =
  /\b(?:verification|validation|activation|authentication|unlocking)\b/
/** A tax to get money out, or coins doubled: classic advance-fee asks. */
export const ADVANCE_FEE =
  /\bgas\s+fees?\b(?=[^.!?\n]{0,60}\b(?:paid|pay|send|sats|btc|bitcoin|address)\b)|\b(?:withdrawal|release|unlock(?:ing)?|recovery|clearance|transfer)\s+tax(?:es)?\b|\b(?:double|triple|multiply)\s+(?:your|ur)\s+(?:coins|bitcoin|btc|sats|money|funds|investment)\b|\bsend(?:s|ing)?\s+(?:you\s+)?back\s+(?:double|twice|2x|\d+x|more)\b/g
export const OWN_DESTINATION =
  /\bto (?:your|ur) (?:own |new |other |second |receiving )?(?:address|wallet)|\byourself\b/
export const FOREIGN_DESTINATION =
  /\bto (?:me|us|my|our|this|that|the following|the address below)\b/

const INSTALL_VERB = String.raw`\b(?:install|download|run|execute|launch|open)(?:ing|s)?\s+`
const INSTALL_GAP = String.raw`(?:(?:this|the|that|my|our|attached|following|a|an|small|little|new|updated|patched|fixed|special|custom|modified|recovery|repair|sync|unlock|latest|it|program|and|browser|desktop|mobile|wallet)\s+){0,4}`
const RISKY_FILE = String.raw`(?:attachment|apk|exe|installer|patch|binary|[\w-]*\.(?:exe|apk|dmg|msi|bat|ps1|scr|jar|appimage|deb|pkg|vbs|cmd))`
const SENT_THING = String.raw`(?:file|app|tool|program|software|script|zip|update|version|fix|extension|plugin|wallet)`
const SENT_BY_ME = String.raw`\s+(?:i|we)(?:'ve| have)?\s+(?:just\s+)?(?:sent|attached|shared|uploaded|linked|made|built|gave|prepared|compiled)`

export const INSTALL_ASKS = [
  new RegExp(String.raw`${INSTALL_VERB}${INSTALL_GAP}${RISKY_FILE}\b`, 'g'),
  new RegExp(String.raw`${INSTALL_VERB}${INSTALL_GAP}${SENT_THING}${SENT_BY_ME}`, 'g'),
  new RegExp(
    String.raw`\b(?:install|download|run|execute|launch)(?:ing)?\s+(?:this|my|our|the following|the attached|attached)\s+(?:\w+\s+){0,2}?(?:app|tool|program|software|wallet|extension|plugin|fix|update|version|script)\b`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:i|we)(?:'ve| have)?\s+(?:just\s+)?(?:sent|attached|shared|uploaded|prepared|made|built|compiled)\s+(?:you\s+)?(?:a|an|the|this|my)\s+(?:\w+\s+){0,2}?(?:file|app|apk|exe|tool|program|software|installer|script|fix|patch|update|version|build|release|copy)\b`,
    'g',
  ),
  /\b(?:install|download|get|grab)\b[^.!?\n]{0,60}\bfrom\s+(?:this|my|our|the following|the)\s+(?:link|site|website|page|url|dropbox|drive|google drive|mega|folder)\b/g,
  /\b(?:install|download|run|add)\b[^.!?\n]{0,40}?\b(?:extension|plugin|add-?on|app|tool|program|software|script|version|build)\b[^.!?\n]{0,30}?\b(?:i|we)(?:'ve| have)?\s+(?:just\s+)?(?:sent|attached|shared|uploaded|linked|made|built|prepared|compiled)\b/g,
  /\b(?:curl|wget|iwr|invoke-webrequest)\b[^\n]{0,120}?\|\s*(?:sudo\s+)?(?:ba|z)?sh\b|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n]{0,120}?\|\s*iex\b/g,
]
/** Things a troubleshooter may legitimately exchange as files, and official-download advice. */
export const HARMLESS_FILES =
  /\b(?:psbt|pdf|screenshot|image|photo|txt|csv|json|log|logs|signature|pgp|gpg|checksum)\b|\bofficial\s+(?:site|website|page|github|store|app store|release|download)/
