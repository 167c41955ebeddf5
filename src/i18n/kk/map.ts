// Kazakh strings of the world map (mirrors ../en/map.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { map as en } from '../en/map';
import type { KazakhPlural, Localized } from '../localized';

export const map: Localized<typeof en, KazakhPlural> = {
  'map.title': 'Карта: {measure}',
  'map.legend.count': 'Саны',
  'map.legend.range': '{from}–{to}',
  'map.legend.noData': 'Деректер жоқ',
  'map.legend.tookPart': 'Қатысқан, саны жарияланбаған',
  'map.legend.cica': 'АӨСШК мүшесі немесе бақылаушысы болып табылатын мемлекет', // review
  'map.legend.selected': 'Таңдалған',
  'map.legend.illustrative': 'Кейбір сандар мысал ретінде берілген: олар еш жерде жарияланбаған.', // review
  'map.legend.illustrativeFill': 'Штрихталған, шекарасы үзік сызықпен: мысал ретінде берілген, еш жерде жарияланбаған.', // review
  'map.legend.sizeNote': 'Дөңгелектің ауданы мәнге пропорционал',
  'map.preset.world': 'Әлем',
  'map.preset.asia': 'Азия',
  'map.preset.central-asia': 'Орталық Азия',
  'map.preset.cica': 'АӨСШК мемлекеттері',
  'map.preset.cicaNote': 'Барлық АӨСШК мемлекеттері: мүшелері — {members}, бақылаушылары — {observers}. Бақылаушылар арасында Америка Құрама Штаттары бар, сондықтан карта Тынық мұхитты қамтиды.', // review
  'map.mode.choropleth': 'Елдерді бояу', // review
  'map.mode.symbols': 'Дөңгелектер',
  'map.cicaOutline': 'АӨСШК мемлекеттерінің шекарасын белгілеу', // review
  'map.find.label': 'Ел іздеу',
  'map.find.placeholder': 'Атауын жазыңыз',
  'map.find.count': {
    one: '{count} ел',
    other: '{count} ел',
  },
  'map.sources': 'Картадағы сандардың дереккөздері',
  'map.loading': 'Карта жүктелуде…',
  'map.loadError': 'Картаны жүктеу мүмкін болмады: {message}',
};
