/**
 * A small newsroom of our own making, written into a content folder for a
 * real build: one regulator that appears in every story (so its listing runs
 * to several pages), a new official in each, three months of dates, stories
 * in both scripts, and one story with a lead photo and a photo in its body,
 * both real PNG files drawn with sharp, and the time the source published it.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** How many stories share the regulator (more than two listing pages' worth). */
export const sharedStories = 65;

/** The slug of the story with photos. */
export const photoStory = '2024-03-20-changsha-trade-secret-photos';

/** The story that shares two entities with the photo story (the others share one). */
export const closestStory = 'story-010';

const surnames = ['王', '李', '张', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱'];
const givenNames = ['伟', '芳', '敏', '静', '强'];

/** Returns the day of story `i`: spread over January to March 2024. */
function dayOf(i: number): string {
  const month = 1 + (i % 3);
  const day = 1 + (i % 28);
  return `2024-0${month}-${String(day).padStart(2, '0')}`;
}

function story(i: number): string {
  const name = `${surnames[i % surnames.length]}${givenNames[Math.floor(i / surnames.length) % givenNames.length]}${i}`;
  const hant = i % 4 === 3;
  const regulator = hant ? '湖南省市場監督管理局' : '湖南省市场监督管理局';
  const title = hant ? `湖南省市場監管局第${i}次商業秘密保護座談會` : `湖南省市场监管局第${i}次商业秘密保护座谈会`;
  const body = hant
    ? `湖南省市場監管局召開第${i}次座談會，${name}出席並講話。\n\n會議強調，要把商業秘密保護作為服務企業的重要抓手。`
    : `湖南省市场监管局召开第${i}次座谈会，${name}出席并讲话。\n\n会议强调，要把商业秘密保护作为服务企业的重要抓手。`;
  const extra =
    i === 10
      ? `
  - id: changsha-etdz
    name: 长沙经开区
    type: place
    roles:
      - role: mentioned`
      : '';
  return `---
title: ${title}
date: ${dayOf(i)}
script: ${hant ? 'hant' : 'hans'}
source:
  name: ${hant ? '湖南日報' : '湖南日报'}
  url: https://news.example.com/hunan/${i}
authors:
  - name: ${hant ? '記者甲' : '记者甲'}
    role: text
entities:
  - id: hunan-amr
    name: ${regulator}
    type: organization
    roles:
      - role: organizer
  - id: official-${i}
    name: ${name}
    type: person
    positions: [${hant ? '處長' : '处长'}]
    roles:
      - role: attendee${extra}
---

${body}
`;
}

const photoSource = `---
title: 长沙经开区企业展示商业秘密保护成果
summary: 3月20日，长沙经开区举办商业秘密保护成果展。
date: 2024-03-20
time: "09:30"
timeZone: Asia/Shanghai
script: hans
source:
  name: 湖南日报
  url: https://news.example.com/hunan/photos
authors:
  - name: 记者乙
    role: text
  - name: 摄影丙
    role: photo
image:
  src: ./${photoStory}.png
  alt: 展台前，参观者在看一面写着商业秘密保护的展板
  caption: 3月20日，参观者在长沙经开区的展台前了解商业秘密保护措施。
  credit: 摄影丙
entities:
  - id: hunan-amr
    name: 湖南省市场监督管理局
    type: organization
    roles:
      - role: organizer
  - id: changsha-etdz
    name: 长沙经开区
    type: place
    roles:
      - role: host
---

3月20日，长沙经开区举办商业秘密保护成果展，二十余家企业参展。

![两名工作人员在展台后整理资料](./${photoStory}-detail.png "展台后，工作人员在整理参展企业的资料。")

湖南省市场监管局有关负责人表示，将继续推广示范创建经验。
`;

/** Returns a PNG of a drawn scene (sky, ground, a panel), `width` × `height`, the same bytes every time. */
export async function drawPhoto(width: number, height: number, hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="60%" fill="hsl(${hue} 60% 75%)"/>
  <rect y="60%" width="100%" height="40%" fill="hsl(${(hue + 90) % 360} 35% 40%)"/>
  <rect x="30%" y="25%" width="40%" height="45%" fill="#fdfcf9" stroke="#9b1c1c" stroke-width="${Math.round(width / 100)}"/>
  <circle cx="15%" cy="20%" r="${Math.round(height / 12)}" fill="#f5d76e"/>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Writes the newsroom into `contentDir` (articles and the project's glossary). */
export async function writeNewsroom(contentDir: string, glossary: string): Promise<void> {
  const articles = path.join(contentDir, 'articles');
  mkdirSync(articles, { recursive: true });
  copyFileSync(glossary, path.join(contentDir, 'glossary.yaml'));
  for (let i = 0; i < sharedStories; i += 1) writeFileSync(path.join(articles, `story-${String(i).padStart(3, '0')}.mdx`), story(i));
  writeFileSync(path.join(articles, `${photoStory}.mdx`), photoSource);
  writeFileSync(path.join(articles, `${photoStory}.png`), await drawPhoto(1600, 1000, 200));
  writeFileSync(path.join(articles, `${photoStory}-detail.png`), await drawPhoto(900, 600, 30));
}
