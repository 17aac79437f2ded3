/**
 * Patterns for a "helper" moving the conversation elsewhere: another messenger, a phone call, an
 * e-mail address. Off the platform there are no reviews, no reports and no scam warnings, which
 * is why fake support insists on it. Run on lower-cased text; every repetition is bounded.
 */

const APP = String.raw`(?:telegram|tg|whats\s?app|signal(?:\s+app)?|discord|we\s?chat|viber|skype|instagram|insta|facebook(?:\s+messenger)?|messenger|snapchat|kik|threema|line\s+app|session\s+app)`
const CONTACT_VERB = String.raw`(?:message|msg|text|dm|pm|contact|reach|write|add|call|ping|hit|talk|chat|continue|move|switch|help|speak|meet|connect|finish|solve|fix|sort|work|reply|respond|answer|assist|guide)`

/** Contact me / let's move / our agent will contact you … on Telegram, WhatsApp, Signal… */
export const MOVE_TO_APP = new RegExp(
  String.raw`\b${CONTACT_VERB}(?:s|ed|ing)?\b[^.!?\n]{0,40}?\b(?:on|via|over|through|to|using)\s+${APP}\b|\bjoin\s+(?:our|my)\s+${APP}\b`,
  'g',
)

/** "My Telegram is @…", "our WhatsApp: +…", "I prefer WhatsApp", "only via WhatsApp", "@handle". */
export const MY_HANDLE = new RegExp(
  String.raw`\b(?:my|our)\s+${APP}(?:\s+(?:id|number|username|user\s?name|handle|account|name|group|channel))?\s*(?:is|:|=|-|\s@)|\b(?:prefer|only\s+use|better\s+on)\s+${APP}\b|\bonly\b[^.!?\n]{0,20}?\b(?:via|on|over|through)\s+${APP}\b|\b${APP}\b[^.!?\n]{0,40}?@[a-z0-9_]{4,}\b(?!\.)|\b(?:do|are)\s+you\s+(?:have|on|use)\s+${APP}\b`,
  'g',
)

/** Invitation links to messengers. */
export const APP_LINK =
  /\b(?:t\.me|telegram\.me|telegram\.dog|wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|discord\.gg|discord\.com\/invite|signal\.me|signal\.group)\//g

/** "Give me your WhatsApp / phone number / e-mail", "provide your mobile number", "what is your number?" */
export const ASK_CONTACT = new RegExp(
  String.raw`\b(?:provide|give|send|share|leave|drop)\s+(?:your|ur)\s+(?:phone|mobile|cell|whats\s?app|telegram)(?:\s*number)?\b|\bwhat(?:'s|s| is)\s+(?:your|ur)\s+(?:phone\s*|mobile\s*|cell\s*|whats\s?app\s*|telegram\s*)?(?:number|handle|username)\b|\b(?:give|send|share|tell|text|dm|drop|leave)\s+(?:me|us)\s+(?:your|ur)\s+(?:${APP}|phone(?:\s*number)?|mobile(?:\s*number)?|number|cell|e-?mail(?:\s*address)?|contact(?:\s*details)?)\b`,
  'g',
)

/** An e-mail address given as where to write. */
export const WRITE_TO_EMAIL =
  /\b(?:write|e-?mail|contact|send|reach|message)\b[^.!?\n]{0,40}?\b(?:to|at|on)\s+(?:our\s+|my\s+)?(?:[a-z]+\s+){0,2}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

/** A phone number: 9 to 15 digits, maybe with a country code, grouped by spaces, dots or dashes. */
export const PHONE_NUMBER =
  /(?<![\w.,:/-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,8}){1,4}(?![\w.,:/-]*\d)|(?<![\w.,:/+-])\+\d{9,15}\b/g

/** Words that make a phone number something to call or text. */
export const PHONE_CONTEXT =
  /\b(?:call|text|sms|whats\s?app|telegram|signal|viber|number|phone|mobile|cell|reach|contact|message|msg|dm|ping|add me|toll[- ]free|hotline|dial)\b/

/** Whether a matched number has as many digits as a phone number. */
export const phoneDigits = (match: string): boolean => {
  const digits = match.replace(/\D/g, '').length
  return digits >= 9 && digits <= 15
}
