// The demo page's own controls: they only flip <html lang> and the page's colour scheme.
/* global LEC_DEMO_TEXT, lecDemoLanguage */
// The elements follow both by themselves; this script only sets the page's own words, the QR
// captions included (a caption is the page's text, like any other on it).
const pageText = LEC_DEMO_TEXT;

// A classic script in <head>: it runs before the first frame, so the language and theme are set
// before anything is painted, and the page's words are translated as the parser adds them (a
// MutationObserver delivers before the next paint). Swapping them later moved the masthead (its
// lines wrap differently in English and Chinese): a layout shift of 0.29 on a phone.
const root = document.documentElement;
const params = new URLSearchParams(location.search);
root.lang = lecDemoLanguage(params.get('lang'));
const startDark = params.get('theme') === 'dark' || (!params.has('theme') && matchMedia('(prefers-color-scheme: dark)').matches);
root.dataset.theme = startDark ? 'dark' : 'light';

const words = pageText[root.lang];
document.title = words.title;
document.querySelector('meta[name="description"]').content = words.description;

/** `address` in `lang` (`?lang=zh`, or no `lang` for English), its other parameters (`theme`) kept. */
function addressIn(address, lang) {
  const url = new URL(address, location.href);
  url.hash = '';
  if (lang === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', 'zh');
  return url.href;
}
/** Where the trail's "About Us" leads: this page, in its language. */
const aboutUsIn = (lang) => (lang === 'en' ? './' : './?lang=zh');

/** Sets an attribute unless it has that value already (see applyLanguage). */
const setAttr = (el, name, value) => el.getAttribute(name) !== value && el.setAttribute(name, value);

/** The links of the page in `lang`: the switch to the other language, the page's own links and the section's "About Us" in this one. */
const LINKED = '#lang-switch, [data-keep-lang], lec-about';
function linkIn(el, lang) {
  if (el.id === 'lang-switch') {
    const other = pageText[lang].switchLang;
    el.lang = el.hreflang = other;
    setAttr(el, 'href', addressIn(location.href, other));
  } else if (el.dataset.keepLang !== undefined) {
    setAttr(el, 'href', addressIn(el.href, lang));
  } else {
    setAttr(el, 'about-us-href', aboutUsIn(lang));
  }
}

/** One node the parser has just added, in the page's language. */
function translate(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const key = node.parentElement?.dataset.i18n;
    if (key && node.data.trim()) node.data = words[key];
  } else if (node.nodeType === Node.ELEMENT_NODE) {
    if (node.dataset.i18nLabel) node.setAttribute('aria-label', words[node.dataset.i18nLabel]);
    if (node.dataset.i18nCaption) node.setAttribute('caption', words[node.dataset.i18nCaption]);
    // Set as the parser adds them, so the section renders once, with its link already right.
    // (The page is written in English: its own links need nothing then.)
    if (node.matches(LINKED) && !(root.lang === 'en' && node.dataset.keepLang !== undefined)) linkIn(node, root.lang);
  }
}
const whileParsing = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(translate)));
whileParsing.observe(root, {childList: true, subtree: true});

document.addEventListener('DOMContentLoaded', () => {
  whileParsing.disconnect();
  const langButton = document.getElementById('lang-switch');
  const themeButton = document.getElementById('theme-switch');

  // Writes only what differs: at load, the parser's pass above has translated the page already,
  // and rewriting every text made the task that also runs the bundle 2 to 6 ms longer.
  const setText = (el, value) => el.textContent !== value && (el.textContent = value);

  function applyLanguage(lang) {
    const text = pageText[lang];
    setAttr(root, 'lang', lang);
    document.title = text.title;
    document.querySelector('meta[name="description"]').content = text.description;
    for (const el of document.querySelectorAll('[data-i18n]')) setText(el, text[el.dataset.i18n]);
    for (const el of document.querySelectorAll('[data-i18n-label]')) setAttr(el, 'aria-label', text[el.dataset.i18nLabel]);
    for (const el of document.querySelectorAll('[data-i18n-caption]')) setAttr(el, 'caption', text[el.dataset.i18nCaption]);
    // The switch links to the other language; the page's own links keep this one.
    for (const el of document.querySelectorAll(LINKED)) linkIn(el, lang);
  }

  function applyTheme(dark) {
    root.dataset.theme = dark ? 'dark' : 'light';
    themeButton.setAttribute('aria-pressed', String(dark));
  }

  applyLanguage(root.lang);
  applyTheme(startDark);
  // In place, without a reload; the address follows, so a reload, a bookmark or a shared link
  // opens the page in the language chosen.
  // A click with a modifier key (a new tab or window) is the link's.
  langButton.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const lang = root.lang === 'en' ? 'zh-Hans' : 'en';
    // The address first: the switch's own link is made from it.
    history.replaceState(history.state, '', addressIn(location.href, lang));
    applyLanguage(lang);
  });
  themeButton.addEventListener('click', () => applyTheme(root.dataset.theme !== 'dark'));
});
