/** The languages every text the user reads is written in: Japanese first, English too. */
export type Lang = 'ja' | 'en';
