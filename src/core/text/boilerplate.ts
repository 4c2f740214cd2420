/**
 * The one boilerplate filter: is this line (a sentence, a block, a list item) page furniture rather than the
 * article? Extraction asks it of the blocks Readability returns; the TL;DR, the FAQ and the topics ask it of
 * every sentence they read. One classifier, so a byline the extractor missed is still never a TL;DR.
 *
 * Every expression here is linear on hostile input: no nested quantifiers, every repetition that can follow
 * another is bounded, and text longer than MAX_LINE is never furniture (real furniture is short; a long run of
 * text is either the article or something the extractor's region pass deals with).
 */

export type BoilerplateKind =
  | 'empty'
  | 'byline'
  | 'email'
  | 'url'
  | 'dateline'
  | 'breadcrumb'
  | 'caption'
  | 'gallery'
  | 'cta'
  | 'navigation'
  | 'signoff'
  | 'share'
  | 'related'
  | 'ad'
  | 'newsletter'
  | 'credit'
  | 'note';

/** Longer text is never classified as furniture (see the module comment). */
const MAX_LINE = 1000;

/** Chinese, Japanese, Korean: the same furniture in fewer characters. */
function isDense(lang: string | null | undefined): boolean {
  return lang === 'zh' || lang === 'ja' || lang === 'ko';
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function hasDash(s: string): boolean {
  return s.includes('—') || s.includes('–') || s.includes('--');
}

/** A letter or a digit anywhere; an ASCII one settles it without compiling the Unicode class. */
function hasLetterOrDigit(t: string): boolean {
  return /[a-z0-9]/i.test(t) || /[\p{L}\p{N}]/u.test(t);
}

// ---------------------------------------------------------------------------------------------------------
// Datelines at the start of a story's first sentence ("WASHINGTON (Reuters) -"): cut off, not dropped.

/** Wire and broadcaster tags that open a dateline: "(CNN) --", "WASHINGTON (Reuters) -", "(AP) —". */
const AGENCY_DATELINE_RE =
  /^(?:[\p{Lu}\d][\p{L}\d .,'’/-]{0,60}?\s{0,3})?\(\s{0,3}\p{L}[\p{L}\d .&/'-]{0,30}\)\s{0,3}(?:--|—|–|-|:)\s*/u;
/** An upper-case place, optionally with a date, then a dash: "NEW YORK —", "BEIJING, March 3 --". */
const CAPS_DATELINE_RE = /^\p{Lu}[\p{Lu} .'’-]{2,40}(?:,\s{0,3}[\p{L}\d .]{1,30})?\s{1,3}(?:--|—|–)\s*/u;
/** CJK wire datelines: "新华社北京3月3日电", "【编者按】" and similar bracketed prefixes. */
const CJK_DATELINE_RE = /^(?:(?:新华社|中新社|中新网|人民网|央视网|記者|记者)[^，。,]{0,20}?电\s{0,3}(?:[(（][^)）]{0,12}[)）])?\s*|【[^】]{1,12}】\s*)/u;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
/** "Updated Jul 7, 2012 6:40 PM ET", "Tuesday, August 25, 2015, 12:41 AM", "March 3, 2024 —" before the text. */
const TIMESTAMP_RE = new RegExp(
  '^(?:(?:updated|published|posted|last updated|modified)\\s{0,3}:?\\s{0,3})?' +
    '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s{0,3},?\\s{0,3})?' +
    `(?:${MONTH}\\s{1,3}\\d{1,2}\\s{0,3},?\\s{0,3}\\d{4}|\\d{1,2}\\s{1,3}${MONTH}\\s{1,3}\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})` +
    '\\s{0,3},?\\s{0,3}(?:(?:at\\s{1,3})?\\d{1,2}[:.]\\d{2}\\s{0,3}(?:[ap]\\.?m\\.?)?\\s{0,3}(?:[A-Z]{2,4}\\b)?)?\\s{0,3}(?:--|—|–|-|\\|)?\\s*',
  'i',
);
/**
 * "Von Daniel Weinmann Sie ist…", "Von Anna Roe, dpa Niedrige Zinsen…", "By Ann Lee The council…": a byline run
 * into the first sentence (no full stop between them): two or three capitalised names, an optional agency, then
 * the sentence's capitalised first word.
 */
const BYLINE_LEAD_RE =
  /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s{1,3}\p{Lu}[\p{L}'’-]{1,20}(?:\s{1,3}\p{Lu}[\p{L}'’-]{1,20}){1,2}(?:\s{0,3},\s{0,3}(?:dpa|afp|ap|reuters|epd|kna|sid|apa|efe|ansa))?\s{1,3}(?=\p{Lu}\p{Ll})/u;
/** "By Dexter Ford May 9, 2014 MALIBU, CALIF. —": a byline running into a dateline. */
const BYLINE_DATELINE_RE = /^by\s{1,3}[^—–]{3,80}?(?:--|—|–)\s*/i;

/** First characters of CJK_DATELINE_RE's matches: 新华社 中新社/中新网 人民网 央视网 記者 记者 【. */
const CJK_DATELINE_FIRST = new Set([0x65b0, 0x4e2d, 0x4eba, 0x592e, 0x8a18, 0x8bb0, 0x3010]);

/** Outlets whose names open a Chinese dateline ("新浪体育讯", "南方日报讯", "新华网北京7月26日电"), longest first. */
const CJK_OUTLETS =
  '新浪体育|新浪娱乐|新浪财经|新浪科技|新浪|新华网|新华社|中新网|中新社|人民网|央视网|中国网|环球网|凤凰网|腾讯网|腾讯|搜狐|网易|全景网|新京报|新快报|京华时报|南方日报|北京晨报|北京青年报|羊城晚报|法制晚报|证券时报|中国证券报|上海证券报|本报|晨报';
const CJK_NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const CJK_DAY = `${CJK_NUM}月${CJK_NUM}日`;
/** What may follow an outlet's dateline: a Beijing-time date, a parenthesised note, "驻京记者 X 报道". */
const CJK_DATELINE_TAIL =
  `(?:\\s{0,3}北京时间${CJK_DAY}(?:[(（][^)）]{0,20}[)）])?(?:消息)?)?` +
  '(?:\\s{0,3}[(（][^)）]{0,16}[)）])?' +
  '(?:\\s{0,3}(?:驻[\\u4e00-\\u9fff]{1,3})?记者\\s{0,2}[\\u4e00-\\u9fff]{2,3}\\s{0,2}报道)?';
/** An outlet's dateline, a staff reporter's byline, a bare Beijing-time date or a bracketed source. */
const CJK_HEADLINE_END_RE = new RegExp(
  `(?:${CJK_OUTLETS})(?:[(（][^)）]{1,6}[)）])?[\\u4e00-\\u9fff]{0,8}?(?:${CJK_DAY})?[讯訊电電]${CJK_DATELINE_TAIL}` +
    '|[-—⊙□■●◎]?\\s{0,2}本报记者\\s{1,2}[\\u4e00-\\u9fff]{2,3}(?:\\s{1,2}[\\u4e00-\\u9fff]{2,3}(?=\\s|记者))?(?:\\s{1,2}[\\u4e00-\\u9fff]{2}报道)?' +
    `|北京时间${CJK_DAY}(?:消息)?(?=[，,])` +
    '|【[^】]{1,30}】',
  'u',
);
/** The same at the start of a sentence, with the punctuation after it. */
const CJK_LEADING_DATELINE_RE = new RegExp(`^(?:${CJK_HEADLINE_END_RE.source})[\\s，,:：\\u3000]{0,3}`, 'u');

/**
 * The dateline expressions in the order they are tried, each with a test that is true whenever it can match
 * (a character every match contains): most sentences never run the ones with Unicode classes.
 */
const DATELINES: [RegExp, (s: string) => boolean][] = [
  [TIMESTAMP_RE, hasDigit],
  [BYLINE_DATELINE_RE, (s) => (s.charCodeAt(0) | 0x20) === 0x62 && (s.charCodeAt(1) | 0x20) === 0x79 && hasDash(s)],
  [AGENCY_DATELINE_RE, (s) => s.includes('(')],
  [BYLINE_LEAD_RE, (s) => /^(?:by|von|par|por)\s/i.test(s)],
  [CAPS_DATELINE_RE, hasDash],
  [CJK_DATELINE_RE, (s) => CJK_DATELINE_FIRST.has(s.charCodeAt(0))],
  // "新浪体育讯北京时间4月12日，", "⊙本报记者 徐婧婧 ": a Chinese dateline or byline opening the story.
  [CJK_LEADING_DATELINE_RE, (s) => s.charCodeAt(0) >= 0x2000],
];

/**
 * The sentence without a leading dateline, timestamp or byline-dateline, or null when it had none. For the
 * first sentences of a story only: later in the text the same shapes are real content.
 */
export function stripDateline(sentence: string): string | null {
  let s = sentence;
  let changed = true;
  let stripped = false;
  while (changed) {
    changed = false;
    for (const [re, mayMatch] of DATELINES) {
      const m = mayMatch(s) ? re.exec(s) : null;
      if (m && m[0].length > 0 && m[0].length < s.length - 10) {
        s = s.slice(m[0].length).trim();
        changed = stripped = true;
      }
    }
  }
  return stripped ? s : null;
}

// ---------------------------------------------------------------------------------------------------------
// A headline run into the story, as Chinese news text keeps it when its line breaks are lost:
// "<headline>新浪体育讯北京时间4月12日，<lead>", "<headline>⊙本报记者 徐婧婧 <lead>", "<headline>【来源】<lead>".

/** How far into the text a headline may run before its dateline. */
const MAX_HEADLINE = 80;

/**
 * The headline and the story of a line that runs one into the other through a dateline or a byline, or null.
 * The headline is what comes before the dateline: at least four characters, with no sentence ending in it.
 */
export function splitHeadline(line: string): { headline: string; story: string } | null {
  const m = CJK_HEADLINE_END_RE.exec(line.slice(0, MAX_HEADLINE + 60));
  if (!m || m.index < 4 || m.index > MAX_HEADLINE) return null;
  const headline = line.slice(0, m.index).trim();
  if (/[。！？]|[.!?](?:\s|$)/u.test(headline)) return null;
  const story = line.slice(m.index + m[0].length).replace(/^[\s，,:：\u3000]+/u, '');
  return story.length >= 10 ? { headline, story } : null;
}

// ---------------------------------------------------------------------------------------------------------
// Whole lines that are furniture.

const EMAIL_RE = /[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,12}\b/i;
const URL_RE = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"]{1,300}/gi;
/** "1 of 5", "Image 3/12", "Foto 2 von 7", "图 1/5": the counter of a gallery or slideshow. */
const GALLERY_RE =
  /\b(?:image|photo|picture|slide|foto|bild|imagen|immagine|gallery)s?\s{0,3}\d{1,3}\s{0,3}(?:of|\/|von|de|sur|di|из)\s{0,3}\d{1,3}\b|^\d{1,3}\s{0,3}(?:of|\/)\s{0,3}\d{1,3}\s*$|^(?:[图圖]|写真)\s{0,2}\d{1,3}\s{0,2}[/／]\s{0,2}\d{1,3}/iu;
/** A date or time standing alone: "2016年10月14日07:17", "14.10.2016", "Oct. 14, 2016 7:17 am". */
const CJK_DATE_RE = /\d{2,4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月(?:\s{0,2}\d{1,2}\s{0,2}[日号號])?(?:\s{0,3}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/gu;
const NUMERIC_DATE_RE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b(?:\s{0,3}\d{1,2}:\d{2}(?::\d{2})?)?|\b\d{1,2}:\d{2}(?::\d{2})?\s{0,2}(?:[ap]\.?m\.?)?/gi;
const WORD_DATE_RE = new RegExp(
  `\\b(?:${MONTH}\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\s{0,3},?\\s{0,3}(?:\\d{4})?|\\d{1,2}\\.?\\s{1,3}${MONTH}\\s{0,3}\\d{0,4})`,
  'gi',
);
const DATE_WORDS_RE =
  /\b(?:updated|published|posted|last updated|first published|modified|on|at|am|pm|et|edt|est|gmt|utc|bst|cet|cest|pst|pdt|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)\b|发布时间|發佈時間|发布|發布|更新|时间|時間|来源|來源/giu;

/** Lines that are only a date, a time and a source label ("TNW中文站2016年10月14日07:17"). */
function isDateLine(t: string, dense: boolean): boolean {
  if (!hasDigit(t) || t.length > 80) return false;
  const rest = t
    .replace(CJK_DATE_RE, ' ')
    .replace(WORD_DATE_RE, ' ')
    .replace(NUMERIC_DATE_RE, ' ')
    .replace(DATE_WORDS_RE, ' ')
    .replace(/[\s|·•,:：()（）[\]【】/-]+/gu, ' ')
    .trim();
  if (rest.length === t.trim().length) return false;
  // What is left is at most a site's or an author's name; a sentence that mentions a date ends like one.
  if (/[.!?。！？]$/u.test(t) && /\p{L}{2}/u.test(rest)) return false;
  return dense || /[\u3000-\u9fff]/.test(rest) ? rest.length <= 8 : rest.split(' ').length <= 3 && rest.length <= 30;
}

/** How many characters of `t` are in `set`, counting no further than `enough`. */
function countOf(t: string, set: ReadonlySet<number>, enough: number): number {
  let n = 0;
  for (let i = 0; i < t.length && n < enough; i++) {
    const c = t.charCodeAt(i);
    // The sets' only ASCII members are '/', '>' and '|': any other ASCII character is settled without a lookup.
    if ((c === 0x2f || c === 0x3e || c === 0x7c || c >= 0x80) && set.has(c)) n++;
  }
  return n;
}

function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** The characters isBreadcrumb's and isNavigation's separators are made of. */
const BREADCRUMB_SEPARATORS = codes('>›»＞»→');
const MENU_SEPARATORS = codes('/·|•◆▪');

/** "Home > News > World", "福娘童話集 > きょうのイソップ童話 > …": a trail of short labels. */
function isBreadcrumb(t: string): boolean {
  if (t.length > 200) return false;
  // Three parts take two separators: counting them first spares most lines the split.
  if (countOf(t, BREADCRUMB_SEPARATORS, 2) < 2) return false;
  const parts = t.split(/\s{0,3}[>›»＞»→]\s{0,3}/u);
  if (parts.length < 3) return false;
  return parts.every((p) => p.length <= 40 && !/[.!?。！？]\s*$/u.test(p.trim()) || p.trim() === '…' || p.trim() === '');
}

/** Two or three labels of one to three capitalised words each, joined by a spaced slash or a pipe. */
const SHORT_TRAIL_RE =
  /^\p{Lu}[\p{L}\p{N}&'’-]{0,20}(?: [\p{L}\p{N}&'’-]{1,20}){0,2}(?:\s{1,3}[/|]\s{1,3}\p{Lu}[\p{L}\p{N}&'’-]{0,20}(?: [\p{L}\p{N}&'’-]{1,20}){0,2}){1,2}$/u;

/** "Sign In / Home / Local / Sports / Real Estate", "[Docs] [txt|pdf] [Tracker]": menus. */
function isNavigation(t: string): boolean {
  if (t.length > 400) return false;
  if (t.charCodeAt(0) === 0x5b && /^(?:\[[^\]\n]{1,30}\]\s{0,3}){2,}/u.test(t) && t.replace(/\[[^\]\n]{1,30}\]/gu, '').trim().length <= 20) return true;
  // "Leben / Drinks", "Sport › Football": a section trail of two or three short labels and nothing else.
  if (t.length <= 60 && SHORT_TRAIL_RE.test(t)) return true;
  // A slash or a middle dot separates menu items only with spaces around it ("and/or", "l·l" are words).
  // Four items take three separators, each holding one of these characters: most lines have none.
  if (countOf(t, MENU_SEPARATORS, 3) < 3) return false;
  const parts = t.split(/\s{1,3}[/·]\s{1,3}|\s{0,3}[|•◆▪]\s{0,3}/u).filter((p) => p.trim() !== '');
  if (parts.length < 4) return false;
  // Menu items are short labels without sentence punctuation; a sentence with a few slashes is not a menu.
  return parts.every((p) => p.length <= 30 && !/[.!?。！？,，]/u.test(p));
}

const SHARE_WORDS = new Set(
  (
    'share shares sharing this article story post page on via tweet twitter facebook linkedin whatsapp email e-mail mail print ' +
    'reddit pinterest pin it copy link url x telegram flipboard messenger save comment comments sms threads bluesky mastodon ' +
    'and or with to teilen partager compartir condividi 分享 微博 微信 转发 收藏 打印 シェア ツイート'
  ).split(' '),
);

/** The tokens of a share bar: runs of anything but spaces and the separators share buttons are listed with. */
const SHARE_TOKEN_RE = /[^\s|·•,/:：!()[\]-]+/gu;

function isShareBar(t: string): boolean {
  if (t.length > 120) return false;
  // Token by token, stopping at the first that is no share word: most lines fail on their first word, and
  // lower-casing a token gives the token of the lower-cased line (no separator has a case).
  SHARE_TOKEN_RE.lastIndex = 0;
  let any = false;
  for (let m = SHARE_TOKEN_RE.exec(t); m; m = SHARE_TOKEN_RE.exec(t)) {
    const w = m[0].toLowerCase();
    if (!SHARE_WORDS.has(w) && !/^\d+[km]?$/.test(w)) return false;
    any = true;
  }
  return any;
}

const AD_LABEL_RE =
  /^(?:advertisements?|advertising|ads?|sponsored(?: content)?|paid content|anzeigen?|werbung|publicité|publicidad|pubblicità|reklame|реклама|广告|廣告|広告|(?:story|article) continues (?:below|after)(?: (?:the )?advertisement)?|continue reading (?:below|the main story)|advertisement\W{1,5}(?:scroll|continue) .{0,40}|publicidade|anúncio|continua (?:depois|após) (?:da|a) publicidade|(?:la nota )?contin[uú]a (?:abajo|despu[eé]s de la publicidad)|la suite (?:après|sous) (?:cette |la )?publicité|weiter nach der anzeige|(?:der )?artikel (?:geht|wird) (?:nach der anzeige|unten) weiter)$/iu;
/**
 * Substrings one of which a text must hold to match AD_LABEL_RE / NEWSLETTER_RE, tested first because those
 * case-insensitive Unicode patterns cost ~0.5 ms each to compile on a click and most lines hold none of these.
 * No "k" or "s" in them: the `iu` patterns match those as KELVIN SIGN and LONG S too.
 */
/** "ANZEIGE - …", "Für Links auf dieser Seite erhält X ggf. eine Provision", "We may earn a commission…". */
const AD_DISCLOSURE_RE =
  /^(?:anzeige|werbung|advertisement|sponsored|publicidad|publicité)\s{0,2}[-–—:|]\s|\bfür links auf dieser seite erhält\b|\bwe (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)\b|\bals amazon-partner verdien|\b(?:contains|includes|enthält|contiene|contient) (?:des |)affiliate[- ]?links?\b|^(?:this|the following) (?:post|article|story|content|video) (?:is|was) (?:sponsored|paid for|produced in partnership|brought to you) by\b|^(?:contenido patrocinado|gesponserter (?:beitrag|inhalt)|contenu sponsorisé)\b/iu;
const AD_DISCLOSURE_HINT = /anzeige|werbung|advert|ponsor|publici|links auf|commission|compensation|amazon|affiliate|paid for|partner|brought to you|patrocin/i;
const AD_LABEL_HINT = /ad|pon|content|anzeige|werbung|ub|lame|клам|告|ontinue|núncio|contin/i;
const NEWSLETTER_HINT = /ign|cribe|regi|letter|diffusion|sinscri|订阅|訂閱|abonn|scr[ií]b|inscre|assine|подпи|購読|구독/i;
const NEWSLETTER_RE =
  /\b(?:sign up|signup|subscribe|register)\b.{0,120}\b(?:newsletter|inbox|updates|e-?mail|alerts)\b|\bnewsletter\b.{0,80}\b(?:sign up|subscribe)\b|^(?:sign up|subscribe)(?: now| today)?\b|订阅|訂閱|newsletter abonnieren|^(?:jetzt )?abonnieren sie\b|abonnez-vous|^s['’]abonner\b|suscr[ií]b(?:ete|ase)|^inscreva-se\b|^assine\b|подпишитесь|подписывайтесь|^購読|구독하기|liste de diffusion|vous désabonner|lien de désinscription|\bunsubscribe\b/iu;

const RELATED_LABEL_RE =
  /^(?:read more|read next|more from|more stories|related(?: articles| stories| coverage| content| links| reading| posts)?|recommended(?: for you| reading)?|see also|also read|most (?:popular|read)|you (?:may|might) also like|more on this(?: story)?|top stories|trending(?: now)?|other posts|previous post|next post|lesen sie auch|lesen sie auch die folgenden beiträge|mehr zum thema|weiterführende links|weitere informationen|noch mehr infos(?: für dich)?|das könnte (?:dich|sie)(?: auch)?(?: interessieren)?|inhaltsverzeichnis|table of contents|contents|sommaire|índice|目次|目录|目錄|zurück|back to top|nach oben|weiterlesen|mehr lesen|siehe auch|auch interessant|das könnte sie auch interessieren|à lire aussi|lire aussi|lire la suite|sur le même sujet|vous aimerez aussi|lee también|lea también|leer más|ver más|mira también|continuar leyendo|te puede interesar|leia também|leia mais|читайте также|подробнее|см\. также|阅读全文|閱讀全文|查看更多|続きを読む|もっと見る|관련기사|관련 기사|더보기|更多|相关阅读|相關閱讀|相关文章|相關文章|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|関連記事|あわせて読みたい)$/iu;
const RELATED_PREFIX_RE =
  /^(?:read more|read next|related|see also|also read|more|lesen sie auch|mehr zum thema|siehe auch|weitere informationen|weiterführende links|mehr|mira|lee|lea|te recomendamos|voir aussi|à voir|lire aussi|à lire aussi|lee también|lea también|leer más|ver más|mira también|leia também|leia mais|читайте также|см\. также|更多|相关|相關|延伸阅读|延伸閱讀|関連|관련기사)\s{0,3}[:：»›>|]/iu;

/** "Weitere Informationen zum Coronavirus in Thüringen:": a lead-in to links elsewhere. */
const RELATED_LEAD_RE =
  /^(?:weitere informationen|mehr (?:infos|informationen)|more (?:information|info|on this)|further reading|plus d['’]informations|más información)\b.{0,100}[:：]$/iu;

/** Calls to action: the page talking to the reader about the page, not the story. */
const CTA_RE =
  /^(?:want (?:more|to read more)\b.{0,60}\?|click (?:here|to)\b|tap (?:here|to)\b|sign (?:in|up)\b|log ?in\b|subscribe\b|download (?:the|our) app\b|get the app\b|follow (?:us|me|@?[\w.]{1,30}) on\b|like us on facebook\b|join us on\b|join the conversation\b|scroll (?:down|to continue)\b|continue reading\b|(?:watch|listen)(?: now| live| the (?:video|full)|:)|read (?:the )?full (?:story|article)\b|have a (?:news )?tip\b|got a (?:news )?tip\b|send us (?:a|your) tip|we want to hear from you|关注我们|關注我們|点击(?:这里|此处)|點擊|扫码|掃碼|jetzt abonnieren|inscrivez-vous|haz clic|haga clic|klicken sie\b|hier klicken|klick hier|cliquez\b|(?:hier können sie )?(?:den|diesen) artikel bewerten|bewerten sie (?:den|diesen) artikel|rate this (?:article|story)|valora esta noticia|califica esta nota|notez cet article|to (?:view|read|continue reading) the full (?:story|article)\b|(?:learn|find out) more\b|(?:hier )?erfahren sie (?:hier |jetzt )?mehr\b|mehr erfahren\b|(?:du suchst|sie suchen) (?:noch )?mehr\b|en savoir plus\b|m[áa]s informaci[óo]n\b|saiba mais\b)/iu;
/** Substrings one of which every match of PROMPT_RE holds (see AD_LABEL_HINT). */
const PROMPT_HINT = /ubscri|download|cancel|ndbar|lic/i;
/** Paywall, app and membership prompts anywhere in a short line. */
const PROMPT_RE =
  /\b(?:already a subscriber|please subscribe|first-time subscribers|subscribe (?:now )?to (?:continue|keep) reading|download (?:the|our) [\p{L}\p{N} ]{0,30}apps? for (?:ios|android|iphone)|cancel (?:at )?any ?time|cancela cuando quieras|jederzeit kündbar)\b|(?:\bclic|\bclick|\bcliquez|\bklicken sie)\s{1,3}(?:aquí|aqui|here|ici|hier)(?![\p{L}])|\bhier klicken\b/iu;

/** Ends of stories: credits for the reporting, how to reach the author, the correction notice. */
const SIGNOFF_RE =
  /^(?:p\.\s?s\.|ps\s{0,2}:|\(?(?:additional )?(?:reporting|writing|editing) by\b|[-—–]{1,2}\s{0,2}(?:reporting|editing)\b|.{0,80}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|(?:contact|email|e-mail|reach) (?:the )?(?:author|reporter|writer|us)\b|.{0,60}\bcan be reached at\b|this (?:story|article) (?:has been|was) (?:updated|corrected)\b|correction\s{0,2}:|all rights reserved\b|copyright\s{0,2}(?:©|\(c\)|\d{4})|©|\(c\)\s{0,2}\d{4}|(?:html )?markup (?:produced|generated) by\b|(?:generated|powered) by\s{1,3}\S{1,40}\s{0,3}\.?$|責任編輯|责任编辑|(?:編輯|编辑)\s{0,2}[:：]|（?(?:記者|记者)\s{0,2}[:：])/iu;

/**
 * Substrings one of which every match of SIGNOFF_RE and COPYRIGHT_RE holds (one per alternative), tested first:
 * SIGNOFF_RE tries its ".{0,80}" alternatives at every length on every sentence, and most sentences hold none of
 * these. No "k" or "s" in them, for the reason given at AD_LABEL_HINT.
 */
const SIGNOFF_HINT = /p\.\s?s\.|ps\s{0,2}:|reporting|editing|writing|contributed|contact|mail|reach|updated|correct|all right|copyright|©|\(c\)|produced|generated|powered|編輯|编辑|記者|记者/i;

/** A copyright line anywhere in a short line. */
const COPYRIGHT_RE = /all rights reserved|©|copyright \d{4}/i;

/** Photo and video credits and captions. */
const CREDIT_RE =
  /^\(?(?:(?:photo|photograph|image|picture|video|foto|bild|graphic|illustration)s?(?: by| credit| courtesy| copyright| caption)?\s{0,3}[:：©|/(]|(?:image|photo) (?:copyright|caption)\b|credit\s{0,3}[:：]|credits?\s{1,3}\p{Lu}[^.!?]{0,60}$|source\s{0,3}[:：]\s{0,3}[^.!?]{1,60}$|图为|圖為|图注|圖說|▲|△|(?:abbildung|abb\.|figure|fig\.|grafik|tabelle|table|figura|tabla|图|圖|図|表)\s{0,2}\d{1,3}\s{0,2}[:：.]\s|\(c\)\s|(?:getty images|reuters|ap photo|afp|shutterstock|epa)\b|pictured\b|图片来源|圖片來源|图\s{0,2}[:：]|圖\s{0,2}[:：]|来源\s{0,2}[:：]|來源\s{0,2}[:：]|原标题|写真\s{0,2}[:：]|\[[^\]\n]{1,40}\]\s{0,2}\.?$)/iu;
const CAPTION_TAIL_RE =
  /\((?:getty images|ap photo|reuters|afp|epa|file photo|pictured|photo|screen ?grab|screenshot|courtesy)[^)\n]{0,80}\)\s{0,3}\.?$|(?:credit|photograph|photo|foto|bild)\s{0,2}:\s{0,2}[^.!?:\n]{2,80}$/i;
/** Substrings one of which every match of CAPTION_TAIL_RE holds. */
const CAPTION_TAIL_HINT = /getty|ap photo|reuters|afp|epa|file photo|pictured|photo|screen|courtesy|credit|foto|bild/i;
/** A photographer's name and agency closing the line: "... in Paris Benoit Tessier/Reuters". */
const CAPTION_AGENCY_TAIL_RE =
  /\s\p{Lu}[\p{L}.'’-]{1,30}(?:\s\p{Lu}[\p{L}.'’-]{1,30}){0,3}\s{0,2}\/\s{0,2}(?:Reuters|AP|AFP|Getty Images|EPA|Bloomberg|Xinhua|ZUMA|Shutterstock|dpa|picture alliance)(?:\s{0,2}\/\s{0,2}[\p{L} ]{1,20})?\s*$/u;
const CAPTION_AT_RE =
  /\(\s{0,3}(?:pictured|left|right|above|below|centre|center|top|bottom|file)\b[^)\n]{0,80}\)|,\s{0,3}(?:left|right|centre|center|pictured|above|below)\s{0,3}[,.]|\b(?:this|the above|the below) (?:photo|picture|image)\b.{0,40}\b(?:shows|will have to do|was taken|taken)\b/i;
/** A picture's label standing alone on its line: the line after it is the picture's caption. */
const PICTURE_LABEL_RE = /^(?:photos?|photograph|images?|pictures?|videos?|fotos?|bild|imagen|graphic|图片|圖片|写真|사진)$/iu;

/** True for a line that only labels a picture ("Photo", "Image"): the next short line is its caption. */
export function isPictureLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= 12 && PICTURE_LABEL_RE.test(t);
}

const NOTE_RE = /^(?:editor\s{0,2}['’]?\s{0,2}s\s{1,3}note\b|editors\s{0,2}['’]?\s{1,3}note\b|编者按|編者按|editor's note)/iu;
/**
 * The page introducing its own series ("This article is part of our series on...", "Este artículo forma parte de
 * una serie"), or an editor's insert set in square brackets ("[Get our newsletter in your inbox.]").
 */
const SERIES_NOTE_RE =
  /^(?:this (?:article|story|post|piece|essay|column|interview) is (?:part|one) of\b|(?:este|esta) (?:artículo|nota|texto|reportaje|entrevista) (?:es|forma) parte de\b|dieser (?:artikel|beitrag|text) ist teil\b|(?:cet article|cette chronique) fait partie\b|\[[^\]\n]{41,200}\]\s{0,2}\.?$)/iu;
/** Disclaimers: the publication disowning what it prints. */
const DISCLAIMER_RE =
  /\b(?:is not responsible for the (?:opinions|content|views)|do(?:es)? not necessarily (?:reflect|represent) the (?:views|opinions)|gibt die meinung des autors wieder|nicht notwendigerweise die (?:meinung )?der redaktion)\b/iu;
const DISCLAIMER_HINT = /responsible|necessarily|meinung/i;
/** The publication talking about its own post: "We have asked X for comment and will update this story." */
const UPDATE_NOTE_RE = /\b(?:will|we['’]ll|to) update (?:this|the|our) (?:post|story|article|report)\b|\b(?:this|the) (?:post|story|article) (?:will be|may be) updated\b/i;
const BYLINE_RE = /^by\s{0,3}[.:]?\s{0,3}[\p{Lu}\p{Ll}][\p{L}.'’-]{0,40}(?:\s{1,3}[\p{L}.'’-]{1,40}){0,6}\s{0,3}\.?$/iu;
/** "By Jane Doe", "Von Hans Meier", "Par Jean Dupont", "作者：" in a short line. */
/** "Ein Interview von X mit Y.", "An essay by X.", "Una entrevista de X.": the piece's byline written as a sentence. */
const BYLINE_SENTENCE_RE =
  /^(?:[Ee]ine? (?:Interview|Gespräch|Kommentar|Gastbeitrag|Essay|Bericht|Analyse|Kolumne|Reportage) von|[Aa]n? (?:interview|essay|commentary|column|analysis|op-ed) by|[Uu]na? (?:entrevista|columna|crónica|análisis|reportaje) de|[Uu]ne? (?:interview|tribune|chronique|analyse|entretien) (?:de|avec))\s{1,3}\p{Lu}/u;
const BYLINE_ANY_LANG_RE = /^(?:by|von|par|por|di|door|av|af|przez|作者|文|记者|記者|撰文)[\s:：/]{1,3}\S/iu;
const DATE_LABEL_RE =
  /^(?:(?:published|updated|posted|last updated|last modified|first published)(?: on| at)?|(?:erstellt|veröffentlicht|aktualisiert|zuletzt aktualisiert) am|stand|publié le|mis à jour le|publicado(?: el)?|actualizado(?: el)?)\s{0,3}:?(?:\s|$)/iu;
const READ_TIME_RE = /^\d{1,3}\s{0,2}(?:min(?:ute)?s?|分钟|分鐘|分)\s{0,2}(?:read|阅读|閱讀|で読めます)?\.?$/iu;

/**
 * What kind of furniture the line is, or null when it reads as the article's own text. `lang` is the article's
 * primary language subtag (furniture in Chinese and Japanese takes fewer characters).
 */
export function boilerplateKind(text: string, lang?: string | null): BoilerplateKind | null {
  const t = text.trim();
  if (t.length > MAX_LINE) return null;
  if (!hasLetterOrDigit(t)) return 'empty';
  const dense = isDense(lang);
  const n = t.length;
  const short = dense ? 60 : 160;

  const c0 = t.charCodeAt(0) | 0x20;
  if (c0 === 0x62 && (t.charCodeAt(1) | 0x20) === 0x79 && n <= 80 && BYLINE_RE.test(t)) return 'byline';
  if (n <= 150 && BYLINE_SENTENCE_RE.test(t)) return 'byline';
  if (NOTE_RE.test(t) || (n <= 250 && SERIES_NOTE_RE.test(t)) || (n <= 250 && t.includes('pdate') && UPDATE_NOTE_RE.test(t)) || (n <= 300 && DISCLAIMER_HINT.test(t) && DISCLAIMER_RE.test(t))) return 'note';
  if (n <= 250 && CREDIT_RE.test(t)) return 'credit';
  if ((CAPTION_TAIL_HINT.test(t) && CAPTION_TAIL_RE.test(t)) || CAPTION_AT_RE.test(t) || (n <= 300 && t.includes('/') && CAPTION_AGENCY_TAIL_RE.test(t))) return 'caption';
  // Every gallery counter holds digits.
  if (n <= 120 && hasDigit(t) && GALLERY_RE.test(t)) return 'gallery';
  // Menus before calls to action: "Sign In / Home / ..." is a menu that happens to start with one.
  if (isBreadcrumb(t)) return 'breadcrumb';
  if (isNavigation(t)) return 'navigation';
  if (n <= 300 && SIGNOFF_HINT.test(t) && (SIGNOFF_RE.test(t) || COPYRIGHT_RE.test(t))) return 'signoff';
  if (n <= 250 && (CTA_RE.test(t) || (PROMPT_HINT.test(t) && PROMPT_RE.test(t)))) return 'cta';
  // The trailing run starts only where the run starts (lookbehind): linear on a long run of marks.
  if (n <= 80 && AD_LABEL_HINT.test(t) && AD_LABEL_RE.test(t.replace(/^[\s\-–—|*·•[(]+|(?<![\s\-–—|*·•:)\]])[\s\-–—|*·•:)\]]+$/gu, ''))) return 'ad';
  if (n <= 300 && AD_DISCLOSURE_HINT.test(t) && AD_DISCLOSURE_RE.test(t)) return 'ad';
  if (n <= 250 && NEWSLETTER_HINT.test(t) && NEWSLETTER_RE.test(t)) return 'newsletter';
  if (n <= 60 && RELATED_LABEL_RE.test(t.replace(/(?<![:：»›>.…\s])[:：»›>.…\s]+$/u, ''))) return 'related';
  if (n <= 200 && (RELATED_PREFIX_RE.test(t) || (/[:：]$/.test(t) && RELATED_LEAD_RE.test(t)))) return 'related';
  if (isShareBar(t)) return 'share';
  if (t.includes('@') && n <= short && EMAIL_RE.test(t)) return 'email';
  if (n <= 400 && (t.includes('http') || t.includes('www.'))) {
    // A line that is mostly an address: what remains once the URLs are gone is a few words at most.
    const rest = t.replace(URL_RE, ' ').trim();
    if (rest.length <= Math.max(20, n * 0.3)) return 'url';
  }
  if (isDateLine(t, dense) || (n <= 80 && hasDigit(t) && DATE_LABEL_RE.test(t)) || READ_TIME_RE.test(t)) return 'dateline';
  return null;
}

/** True for a line that is page furniture rather than the article's content. */
export function isBoilerplate(text: string, lang?: string | null): boolean {
  return boilerplateKind(text, lang) !== null;
}

// ---------------------------------------------------------------------------------------------------------
// Blocks (the extractor's paragraphs, list items and headings).

/**
 * Text made of ASCII and typographic punctuation (no-break space, dashes, curly quotes, ellipsis): most blocks of
 * most pages. NFKC leaves it alone but for those punctuation marks, which it maps to punctuation or a space, and
 * which the Unicode pattern then drops anyway; in ASCII, \p{P} and \p{S} are exactly the printable characters
 * that are not letters or digits. So the plain pattern gives the same result without the Unicode tables.
 */
const NOT_PLAIN_RE = /[^\t-\r -~\u00a0\u2010-\u2015\u2018-\u201f\u2026]/;
const PLAIN_DROP_RE = /[\s!-/:-@[-`{-~\u00a0\u2010-\u2015\u2018-\u201f\u2026]+/g;

/** Case, width and punctuation folded away, to compare a block with the byline or the title. */
export function normalizeForMatch(text: string): string {
  if (!NOT_PLAIN_RE.test(text)) return text.toLowerCase().replace(PLAIN_DROP_RE, '');
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

export interface BlockFilterContext {
  title: string;
  byline: string | null;
  /** normalizeForMatch(byline), when the caller filters many blocks against the same byline. */
  bylineNorm?: string;
  /** The article's language, when known. */
  lang?: string | null;
}

/** Block kinds never judged as furniture: code is code whatever it looks like. */
const VERBATIM_KINDS = new Set(['pre']);

/**
 * True for a block that is page furniture rather than article text. `norm` is normalizeForMatch(text) when the
 * caller already has it. Long blocks are paragraphs: only short ones are classified, so a real paragraph that
 * happens to mention a photo's caption or a URL is never dropped.
 */
export function isBoilerplateBlock(text: string, kind: string, ctx: BlockFilterContext, norm?: string): boolean {
  const t = text.trim();
  if (!hasLetterOrDigit(t)) return true;
  if (VERBATIM_KINDS.has(kind)) return false;
  if (t.length <= 300 || kind === 'li') {
    const k = boilerplateKind(t, ctx.lang);
    // A heading such as "Photo: the new bridge" or "Related" is furniture; a heading that merely looks like a
    // caption (ends in "(left)") is not worth the risk.
    // A figure's caption block is kept as a caption (the body text leaves it out; the offline copy shows it).
    if (k !== null && !(kind === 'h' && k === 'caption') && !(kind === 'caption' && (k === 'caption' || k === 'credit'))) return true;
  }
  if (t.length <= 120 && kind !== 'h') {
    if (ctx.byline) {
      const n = norm ?? normalizeForMatch(t);
      const b = ctx.bylineNorm ?? normalizeForMatch(ctx.byline);
      if (b && (n === b || (BYLINE_ANY_LANG_RE.test(t) && n.includes(b)))) return true;
    }
    if (!ctx.byline && t.length <= 60 && /^by\s{1,3}\p{Lu}/u.test(t)) return true;
  }
  return false;
}
