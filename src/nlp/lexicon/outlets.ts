/**
 * Gazetteer data: news outlets, agencies and broadcasters (lower case, tokens space-separated as the tokenizer
 * splits them). A feature for the entity model, and the seed of the `media` category downstream.
 */

/** News outlets, wire agencies and broadcasters, lower case. */
export const NEWS_OUTLETS: readonly string[] = [
  "reuters", "associated press", "ap", "afp", "agence france-presse", "agence france presse", "upi", "bloomberg",
  "dow jones", "itar-tass", "tass", "ria novosti", "interfax", "xinhua", "kyodo", "yonhap", "kcna",
  "korean central news agency", "korean central television", "rodong sinmun", "anadolu", "irna", "ansa", "efe",
  "dpa", "pti", "press trust of india", "bernama", "antara", "mena", "petra", "wafa", "sana", "kuna", "wam", "spa",
  "bbc", "cnn", "cbs", "nbc", "abc", "fox news", "msnbc", "npr", "pbs", "sky news", "itn", "al jazeera",
  "al arabiya", "rt", "russia today", "france 24", "deutsche welle", "euronews", "cctv", "nhk", "kbs", "mbc",
  "sbs", "voice of america", "radio free europe", "radio liberty", "new york times", "washington post",
  "wall street journal", "financial times", "the times", "guardian", "the guardian", "daily telegraph",
  "telegraph", "the independent", "the economist", "economist", "usa today", "los angeles times", "le monde",
  "le figaro", "der spiegel", "spiegel", "die welt", "frankfurter allgemeine", "bild", "corriere della sera",
  "la repubblica", "el pais", "asahi", "yomiuri", "mainichi", "nikkei", "south china morning post",
  "people's daily", "global times", "china daily", "izvestia", "pravda", "kommersant", "vedomosti",
  "moscow times", "kyiv independent", "ukrainska pravda", "haaretz", "jerusalem post", "times of israel",
  "straits times", "hindustan times", "times of india", "dawn", "politico", "axios", "newsweek", "time magazine",
  "forbes", "the atlantic", "huffington post", "buzzfeed", "vice", "daily mail", "the sun", "mirror",
  "evening standard", "new york post", "chicago tribune", "boston globe", "miami herald", "ukrinform", "unian",
  "nk news", "daily nk", "38 north", "tv asahi", "fuji tv", "channel 4", "itv", "cbc", "abc news", "cbs news",
  "nbc news", "radio svoboda", "meduza", "novaya gazeta", "tass news agency", "central news agency",
];
