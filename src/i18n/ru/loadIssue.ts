// Russian sentences for problems found inside a loaded file (mirrors ../en/loadIssue.ts).
import type { loadIssue as en } from '../en/loadIssue';
import type { Localized, RussianPlural } from '../localized';

export const loadIssue: Localized<typeof en, RussianPlural> = {
  'loadIssue.invalid_encoding':
    'Файл не в кодировке UTF-8: в строке {line} есть байт (смещение {offset}), который не является текстом UTF-8. Сохраните файл в формате «CSV UTF-8» или выберите кодировку windows-1252, если файл создан в старой программе электронных таблиц.',
  'loadIssue.invalid_encoding.utf16': 'Файл похож на {encoding}, но содержит недопустимые символы. Сохраните его заново в кодировке UTF-8.',
  'loadIssue.file_too_large': 'Размер файла — {size}; загрузить можно файлы размером до {maxSize}. Разделите файл на части или удалите ненужные столбцы.',
  'loadIssue.size.bytes': { one: '{count} байт', few: '{count} байта', many: '{count} байт', other: '{count} байта' },
  'loadIssue.size.mb': '{mb} МБ',
  'loadIssue.empty_file': 'Файл пуст: в нём нет ни строки заголовков, ни данных.',
  'loadIssue.unknown_kind': 'Заголовки ({columns}) не соответствуют ни одному типу данных. Для каждого типа нужны такие столбцы: {kinds}.',
  'loadIssue.kind.events': 'мероприятия',
  'loadIssue.kind.delegates': 'делегаты',
  'loadIssue.kind.placements': 'назначения',
  'loadIssue.kind.organizations': 'организации',
  'loadIssue.missing_column':
    'В файле типа «{kind}» должен быть столбец «{column}», а в этом файле его нет. Добавьте его или переименуйте столбец, в котором находятся эти данные.',
  'loadIssue.duplicate_column': 'Столбцы «{other}» и «{column}» называются одинаково. Оставьте один из них.',
  'loadIssue.duplicate_column.canonical': 'Столбцы «{other}» и «{column}» оба означают «{canonical}». Оставьте один из них.',
  'loadIssue.forbidden_column': 'Название столбца «{column}» недопустимо. Переименуйте столбец.',
  'loadIssue.no_rows': 'Не удалось загрузить ни одной строки: в каждой строке есть проблема, указанная в этом отчёте.',
  'loadIssue.no_rows.empty': 'В файле есть заголовок, но нет строк с данными.',
  'loadIssue.more_issues': {
    one: 'Найдена ещё {count} проблема, которая не показана в списке. Исправьте проблемы выше и загрузите файл снова.',
    few: 'Найдено ещё {count} проблемы, которые не показаны в списке. Исправьте проблемы выше и загрузите файл снова.',
    many: 'Найдено ещё {count} проблем, которые не показаны в списке. Исправьте проблемы выше и загрузите файл снова.',
    other: 'Найдено ещё {count} проблемы, которые не показаны в списке. Исправьте проблемы выше и загрузите файл снова.',
  },
  'loadIssue.unknown_column': 'Столбец «{column}» не относится к данным типа «{kind}»; его ячейки пропущены.',
  'loadIssue.unnamed_column': 'У столбца {index} нет заголовка; его ячейки пропущены.',
  'loadIssue.ragged_row':
    'Ячеек в этой строке: {fields}, а в заголовке: {expected}. Проверьте, нет ли пропущенного или лишнего разделителя, или заключите в кавычки ячейки, которые его содержат.',
  'loadIssue.unclosed_quote':
    'Ячейка в кавычках, которая начинается в этой строке, не закрыта, поэтому остаток файла прочитан как одна ячейка. Добавьте недостающую закрывающую кавычку (").',
  'loadIssue.invalid_quotes':
    'В ячейке в кавычках в этой строке после закрывающей кавычки есть текст. Внутри ячейки в кавычках пишите кавычку дважды ("").',
  'loadIssue.missing_value': 'Ячейка {column} пуста, но она должна быть заполнена в каждой строке.',
  'loadIssue.unknown_country': 'Неизвестная страна «{value}». Укажите код ISO 3166, например KAZ, или название страны.',
  'loadIssue.unknown_country.suggestion': 'Неизвестная страна «{value}». Возможно, имелось в виду «{suggestion}»?',
  'loadIssue.invalid_count':
    '«{value}» — не количество. Укажите целое число, например 1234, а слова "at least" или "about" поместите в столбец qualifier.',
  'loadIssue.invalid_count.not_a_number': '«{value}» — не количество. Укажите целое число или оставьте ячейку пустой, если данных нет.',
  'loadIssue.negative_count': '«{value}» — отрицательное число; количество не может быть меньше нуля.',
  'loadIssue.fractional_count':
    '«{value}» — не целое число (в этом файле десятичный разделитель — «.»; тысячи записывайте как 1234 или "1,234"). Количество должно быть целым.',
  'loadIssue.fractional_count.decimalComma':
    '«{value}» — не целое число (в файле с разделителем «точка с запятой» десятичный разделитель — «,», а «.» разделяет тысячи). Количество должно быть целым.',
  'loadIssue.count_too_large': '«{value}» больше 2^53 (9007199254740992), и это число невозможно сохранить точно.',
  'loadIssue.ambiguous_number': 'В «{value}» разделители тысяч стоят в неожиданных местах; группируйте цифры по три, например 1,234,567.',
  'loadIssue.invalid_year': '«{value}» — не год; укажите четыре цифры, например 2023.',
  'loadIssue.year_out_of_range': '«{value}» выходит за пределы 1900–2100 годов.',
  'loadIssue.invalid_date': '«{value}» — не дата; используйте формат YYYY, YYYY-MM или YYYY-MM-DD.',
  'loadIssue.impossible_date': '«{value}» не является существующей датой в пределах 1900–2100 годов.',
  'loadIssue.invalid_goal': '«{value}» — не список ЦУР; укажите номера целей от 1 до 17 через "|", например 4|5.',
  'loadIssue.goal_out_of_range': '«{value}» содержит цель вне диапазона от 1 до 17.',
  'loadIssue.invalid_qualifier':
    '«{value}» — недопустимое значение столбца {canonical}; используйте exact, at_least ("at least", "more than", ">") или approx ("about", "approximately", "~", "almost"); для exact оставьте ячейку пустой.',
  'loadIssue.invalid_status': '«{value}» — недопустимое значение столбца {canonical}; используйте reported, derived или illustrative.',
  'loadIssue.invalid_perspective': '«{value}» — недопустимое значение столбца {canonical}; используйте duty_station или nationality.',
  'loadIssue.invalid_type': '«{value}» — недопустимое значение столбца {canonical}; используйте national, international или total.',
  'loadIssue.invalid_value': '«{value}» — недопустимое значение столбца {canonical}; укажите другое значение.',
  'loadIssue.end_before_start': 'Дата окончания «{end}» раньше даты начала «{start}».',
  'loadIssue.duplicate_row': 'Строка {line} полностью повторяет строку {earlierLine} ({key}); она учтена один раз.',
  'loadIssue.conflicting_row':
    'У строки {line} тот же ключ, что и у строки {earlierLine} ({key}), но другие значения; строка {line} не загружена. Оставьте одну из них.',
};
