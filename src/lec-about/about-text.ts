import {msg} from '@lit/localize';

/**
 * The four paragraphs of the About text, in the active locale. Each is one message, so a
 * translator works paragraph by paragraph; the English is the original page, word for word.
 */
export function aboutParagraphs(): string[] {
  return [
    msg(
      `Shanghai Jiao Tong University (SJTU) is a world-renowned top-tier institution of higher education with a 125-year history. As a key national university directly under the Ministry of Education and co-constructed with the Shanghai Municipal Government, its development achievements in "comprehensiveness, innovation, and internationalization" have been widely recognized globally. The university consistently ranks among the top universities worldwide in international authoritative rankings such as QS World University Rankings and Times Higher Education. Its disciplines cover nine major fields, including science, engineering, medicine, economics, management, literature, law, history, and philosophy. It has established in-depth cooperative relationships with over 300 world-top institutions, such as Harvard University and the Massachusetts Institute of Technology (MIT). Each year, it attracts more than 5,000 international students to pursue further studies, and its alumni network spans over 120 countries and regions around the world, making it a benchmark institution for the internationalization of higher education in China.`,
      {
        desc: 'About page, body paragraph 1 of 4: Shanghai Jiao Tong University itself (history, standing, rankings, disciplines, partners, international students). Keep the numbers (125, 300, 5,000, 120, nine).',
      }
    ),
    msg(
      `The Lifelong Education College, Shanghai Jiao Tong University (SJTU LEC) is a directly affiliated unit of Shanghai Jiao Tong University. It was formed by the merger of the former School of Continuing Education and the former School of International Education.`,
      {
        desc: 'About page, body paragraph 2 of 4: what the Lifelong Education College is and which two former schools merged to form it.',
      }
    ),
    msg(
      `Inheriting the 120-year educational legacy of Shanghai Jiao Tong University, SJTU LEC adheres to the fundamental mission of "fostering virtue through education". Relying on the university’s advantageous disciplinary resources and benchmarking against world-top universities, it strives to build a global innovative curriculum system. Based on the requirements for high-quality development in the new era, SJTU LEC firmly serves three national strategies: invigorating the country through science and education, strengthening the country through talent, and driving development through innovation. It proactively aligns with China’s strategic emerging industries and cutting-edge fields and has established the "Global Institute for Innovation". Always bearing in mind "the great matters of the country", SJTU LEC adheres to the "Four Orientations" (orienting toward the world’s sci-tech frontiers, orienting toward the main economic battlefield, orienting toward the major national needs, and orienting toward the people’s life and health). It focuses on four key areas: industrial innovation, sci-tech innovation, management innovation, and design innovation, emphasizes the integrated advancement of "education, science and technology, and talent", and is committed to building a lifelong education system characterized by in-depth interdisciplinary integration, as well as "comprehensiveness, innovation, and internationalization", so as to construct a global innovation paradigm with Chinese characteristics.`,
      {
        desc: 'About page, body paragraph 3 of 4: the college\'s mission, national strategies, the "Global Institute for Innovation", the "Four Orientations" and its four areas of innovation. Use the official Chinese policy wording.',
      }
    ),
    msg(
      `SJTU LEC has always adhered to the important philosophy that "science and technology are the primary productive forces, talent is the primary resource, and innovation is the primary driving force". It will keep pace with the University's efforts to build a world-class university with Chinese characteristics, and forge ahead in unity to contribute the strength of lifelong education to advancing the cause of building a strong country and national rejuvenation through the comprehensive promotion of Chinese modernization.`,
      {
        desc: "About page, body paragraph 4 of 4 (closing): the college's guiding philosophy and its commitment to Chinese modernization. Use the official Chinese policy wording.",
      }
    ),
  ];
}
