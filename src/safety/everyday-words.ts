/**
 * Wordlist words that are also among the most frequent English words (and the words of support
 * chats). Prose is full of them; a recovery phrase has about one in twelve.
 */
export const EVERYDAY = new Set(
  (
    'that have you this they say will one all there what about when make can like time just ' +
    'know people into year good other then now only come over also use two work first way want ' +
    'because any give day find where call right still own found thing before again same another ' +
    'old great long world school between never under home life few end open close begin help ' +
    'play run move live believe hold bring write provide stand include learn change follow speak ' +
    'allow add spend grow offer remember love consider appear wait expect build stay fall remain ' +
    'suggest raise pass sell require report decide pull able across around always often already ' +
    'almost enough sure problem issue error question answer case point group number place month ' +
    'phone device screen file account address balance network version update coin fee key seed access'
  ).split(' '),
)
