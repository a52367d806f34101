// The demo page's own words in English and Chinese: read by demo.js in the browser, and by the demo
// server (scripts/serve.js), which writes them into the prerendered copy, /prerendered.html, so
// that page reads in its language without JavaScript too. A classic script defining two globals,
// so the browser has them before the first paint and Node can evaluate it as it is.

/**
 * The page's language from its `?lang=`: Chinese for a tag the elements read as Simplified
 * Chinese (`zh`, `zh-CN`, `zh-Hans`; not `zh-TW` or `zh-Hant`), else English. A copy of the
 * package's resolveLocale(), which this classic script runs before the bundle can; the demo
 * server's tests hold the two to the same answers.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a global, read by demo.js and scripts/serve.js
function lecDemoLanguage(param) {
  const tag = String(param ?? '').trim().toLowerCase().replace(/_/g, '-');
  return /^zh(-|$)/.test(tag) && !/-(hant|tw|hk|mo)(-|$)/.test(tag) ? 'zh-Hans' : 'en';
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a global, read by demo.js and scripts/serve.js
var LEC_DEMO_TEXT = {
  en: {
    college: 'Lifelong Education College',
    university: 'Shanghai Jiao Tong University',
    display: 'Display',
    dark: 'Dark',
    site: 'Site',
    home: 'Home',
    about: 'About Us',
    programs: 'Programs',
    news: 'News',
    contact: 'Contact',
    website: 'Website',
    wechat: 'WeChat',
    footer: '© Lifelong Education College, Shanghai Jiao Tong University',
    title: 'About SJTU LEC | Lifelong Education College, Shanghai Jiao Tong University',
    description:
      'The Lifelong Education College of Shanghai Jiao Tong University (SJTU LEC): who we are, our mission and our programmes, with QR codes for our website and WeChat account.',
    switchTo: '中文',
    switchLang: 'zh-Hans',
    prerendered: 'The same page, prerendered: it reads without JavaScript',
    rendered: 'The same page, rendered in the browser',
    skip: 'Skip to content',
  },
  'zh-Hans': {
    college: '终身教育学院',
    university: '上海交通大学',
    display: '显示',
    dark: '深色',
    site: '网站导航',
    home: '首页',
    about: '关于我们',
    programs: '培训项目',
    news: '新闻',
    contact: '联系我们',
    website: '学院网站',
    wechat: '微信公众号',
    footer: '© 上海交通大学终身教育学院',
    title: '学院简介 | 上海交通大学终身教育学院',
    description: '上海交通大学终身教育学院简介：学院概况、办学理念与培训项目，附学院网站和微信公众号二维码。',
    switchTo: 'English',
    switchLang: 'en',
    prerendered: '本页的预渲染版本：无需 JavaScript 也能阅读',
    rendered: '本页在浏览器中渲染的版本',
    skip: '跳到正文',
  },
};
