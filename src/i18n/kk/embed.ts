// Strings of the embed (embed.html) and of the "Embed" dialog on every chart panel.
import type { embed as en } from '../en/embed';

export const embed: Readonly<Record<keyof typeof en, string>> = {
  'embed.chart.key-figures': 'Негізгі көрсеткіштер',
  'embed.chart.map': 'Әлем картасы',
  'embed.chart.ranked': 'Елдер рейтингі',
  'embed.chart.national-international': 'БҰҰ-ның ұлттық және халықаралық еріктілері',
  'embed.chart.years': 'БҰҰ еріктілері жылдар бойынша',
  'embed.chart.events': 'Іс-шараларды салыстыру',
  'embed.chart.sdg-grid': 'Тұрақты даму мақсаттары',
  'embed.chart.sdg-bars': 'Тұрақты даму мақсаттары, рет бойынша', // review
  'embed.chart.country-profile': 'Ел профилі',
  'embed.pageTitle': '{chart}: еріктілік статистикасы',
  'embed.open': 'Дашбордта ашу', // review
  'embed.newTab': '(жаңа қойындыда ашылады)',
  'embed.button': 'Ендіру', // review
  'embed.buttonLabel': '«{title}» басқа сайтқа ендіру', // review
  'embed.dialog.title': 'Бұл диаграмманы ендіру', // review
  'embed.dialog.intro': 'Осы үзінділердің бірін өз бетіңізге қойыңыз. Диаграмма дереккөздерін сақтайды және блоктың еніне бейімделеді.', // review
  'embed.dialog.close': 'Жабу',
  'embed.dialog.options': 'Параметрлер',
  'embed.dialog.lang': 'Тіл',
  'embed.dialog.langViewer': 'Оқырман браузерінің тілі',
  'embed.dialog.theme': 'Тақырып', // review
  'embed.theme.auto': 'Оқырман жүйесіндегідей', // review
  'embed.theme.light': 'Ашық',
  'embed.theme.dark': 'Күңгірт',
  'embed.dialog.showTitle': 'Тақырыпты көрсету',
  'embed.dialog.width': 'Алдын ала қарау ені', // review
  'embed.dialog.preview': '{width} пиксель енімен алдын ала қарау', // review
  'embed.dialog.plain': 'Бейімделгіш iframe',
  'embed.dialog.plainHelp': 'Толық енімен, тұрақты биіктікпен: кез келген бетте жұмыс істейді.', // review
  'embed.dialog.resizing': 'Диаграммаға сай келетін iframe', // review
  'embed.dialog.resizingHelp': 'Біздің өлшем өзгерту скриптімізді қосады (2 КБ-тан аз, тәуелділіксіз), ол әр фреймнің биіктігін диаграммасына сәйкестендіреді.', // review
  'embed.dialog.copy': 'Көшіру',
  'embed.dialog.copied': 'Алмасу буферіне көшірілді.',
  'embed.dialog.copyFailed': 'Көшіру мүмкін болмады: мәтінді белгілеп, өзіңіз көшіріңіз.',
};
