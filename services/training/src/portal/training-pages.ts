// The learning corner on a unit's site (学习园地), without sign-in: the unit's published courses marked public
// (/site/<code>/learning), a course's current version with its modules and lessons (/site/<code>/learning/<id>) and a
// lesson (/site/<code>/learning/<id>/<lessonId>): a text lesson's sanitised HTML, a document to download, a video to
// play (its file at /files/<id>/<name>, which the gateway's file rule serves to anyone while a public lesson shows it)
// or a link. Plain HTML in the site's frame, no script. Anything not shown (a draft, an archived or non-public course,
// another unit's, a retired version's lesson, an id that cannot be one) answers exactly as a page that never existed.
import type { PublicPage, PublicPageAnswer, PublicPageDeps, PublicPageRequest, SiteFrame } from '@strata/api';
import type { Table } from '@strata/db';
import { fileUrl } from '@strata/files';
import { type Html, html, storedHtmlToText, trusted } from '@strata/text';
import {
  idParam,
  type OutlineLesson,
  type PublicLesson,
  pageParam,
  publicCourse,
  publicCourses,
  publicLesson,
} from './learning-reads';

/** The learning corner's entry in every site's navigation. */
export const trainingNav = { key: 'learning', label: '学习园地', path: 'learning' } as const;

const title = trainingNav.label;

const answer = (status: PublicPageAnswer['status'], body: string): PublicPageAnswer => ({ status, type: 'html', body });

/** No such site: the plain page every team answers with. */
const noSite = () =>
  answer(
    404,
    html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在</title></head><body><h1>页面不存在</h1><p><a href="/site/">查看网站群导航</a></p></body></html>`
      .text,
  );

/** Nothing shown here, whatever the reason: the same page for a missing course, a draft and a non-public one. */
const nothingHere = (site: SiteFrame) =>
  answer(
    404,
    site.render({
      title: '页面不存在',
      description: '您要找的页面不存在，或已不再公开。',
      path: trainingNav.path,
      current: trainingNav.key,
      crumbs: [{ label: title, href: learningPath(site) }],
      main: html`<h1>页面不存在</h1><p>您要找的页面不存在，或已不再公开。</p><p><a href="${learningPath(site)}">返回${title}</a></p>`,
    }),
  );

const badPage = (site: SiteFrame) =>
  answer(
    400,
    site.render({
      title: '地址有误',
      description: '地址中的页码不符合要求，请检查后重试。',
      path: trainingNav.path,
      current: trainingNav.key,
      crumbs: [{ label: title, href: learningPath(site) }],
      main: html`<h1>地址有误</h1><p>地址中的页码不符合要求，请检查后重试。</p><p><a href="${learningPath(site)}">返回${title}</a></p>`,
    }),
  );

const learningPath = (site: SiteFrame) => `${site.home}${trainingNav.path}`;
const coursePath = (site: SiteFrame, courseId: number) => `${learningPath(site)}/${courseId}`;
const lessonPath = (site: SiteFrame, courseId: number, lessonId: number) => `${coursePath(site, courseId)}/${lessonId}`;

const kindLabels: Record<string, string> = { text: '图文', file: '文档', video: '视频', link: '链接' };
const kindLabel = (kind: string) => kindLabels[kind] ?? kind;
const aboutMinutes = (minutes: number) => (minutes > 0 ? `约 ${minutes} 分钟` : '');
const meta = (parts: (string | false)[]) => parts.filter(Boolean).join(' · ');

/** A meta description: the text given, whitespace folded, at most 150 characters. */
function describe(text: string, fallback: string): string {
  const folded = text.replace(/\s+/g, ' ').trim() || fallback;
  return folded.length > 150 ? `${folded.slice(0, 149)}…` : folded;
}

/** An address a link lesson may open: http or https only, whatever was stored. */
function externalUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

async function coursesPage(deps: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await deps.siteFrame(req.params.code ?? '', req.origin);
  if (!site) return noSite();
  const page = pageParam(req.query.page);
  if (page === null) return badPage(site);
  const { courses, hasNext } = await publicCourses(deps.db, site.unitId, page);
  if (page > 1 && courses.length === 0) return nothingHere(site);
  const items = courses.map(
    (c) =>
      html`<li><h2><a href="${coursePath(site, c.id)}">${c.title}</a></h2><div class="meta">${meta([
        `共 ${c.lessons} 课时`,
        aboutMinutes(c.minutes),
      ])}</div>${c.summary ? html`<p>${c.summary}</p>` : ''}</li>`,
  );
  const hrefOf = (p: number) => `${learningPath(site)}${p > 1 ? `?page=${p}` : ''}`;
  const pages =
    page > 1 || hasNext
      ? html`<nav class="pages" aria-label="分页">${page > 1 ? html`<a href="${hrefOf(page - 1)}" rel="prev">上一页</a>` : html`<span></span>`}<span>第 ${page} 页</span>${
          hasNext ? html`<a href="${hrefOf(page + 1)}" rel="next">下一页</a>` : html`<span></span>`
        }</nav>`
      : '';
  return answer(
    200,
    site.render({
      title: page > 1 ? `${title}（第 ${page} 页）` : title,
      description: `${site.name}公开的培训课程，无需登录即可学习。`,
      path: `${trainingNav.path}${page > 1 ? `?page=${page}` : ''}`,
      current: trainingNav.key,
      crumbs: [{ label: title }],
      main: html`<h1>${title}</h1>${
        items.length ? html`<ol class="list">${items}</ol>` : html`<p class="empty">本站暂无公开的培训课程。</p>`
      }${pages}`,
    }),
  );
}

async function coursePage(deps: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await deps.siteFrame(req.params.code ?? '', req.origin);
  if (!site) return noSite();
  const courseId = idParam(req.params.courseId);
  const outline = courseId === null ? null : await publicCourse(deps.db, site.unitId, courseId);
  if (!outline) return nothingHere(site);
  const { course } = outline;
  const lessons = outline.modules.flatMap((m) => m.lessons);
  const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const lessonItem = (l: OutlineLesson) =>
    html`<li><a href="${lessonPath(site, course.id, l.id)}">${l.title}</a> <span class="meta">${meta([
      kindLabel(l.kind),
      aboutMinutes(l.minutes),
    ])}</span></li>`;
  const modules = outline.modules
    .filter((m) => m.lessons.length)
    .map((m) => html`<section><h2>${m.title}</h2><ol>${m.lessons.map(lessonItem)}</ol></section>`);
  return answer(
    200,
    site.render({
      title: course.title,
      description: describe(course.summary, `${site.name}${title}的课程：${course.title}`),
      path: `${trainingNav.path}/${course.id}`,
      current: trainingNav.key,
      crumbs: [{ label: title, href: learningPath(site) }, { label: course.title }],
      main: html`<article class="doc"><h1>${course.title}</h1><p class="meta">${meta([
        `共 ${lessons.length} 课时`,
        aboutMinutes(minutes),
      ])}</p>${course.summary ? html`<p>${course.summary}</p>` : ''}${modules}${
        lessons[0] ? html`<p><a href="${lessonPath(site, course.id, lessons[0].id)}">开始学习</a></p>` : ''
      }</article>`,
    }),
  );
}

/** What the lesson shows above its note: the text, the document, the video or the link. */
function lessonContent({ lesson }: PublicLesson): Html | '' {
  const file = lesson.file;
  if (lesson.kind === 'text') return html`<div class="body">${trusted(lesson.body)}</div>`;
  if (lesson.kind === 'video' && file) {
    const src = fileUrl(file);
    return html`<video controls preload="metadata" src="${src}"><a href="${src}">下载视频：${file.name}</a></video>`;
  }
  if (lesson.kind === 'file' && file)
    return html`<p><a href="${fileUrl(file)}" download>下载文档：${file.name}</a></p>`;
  const url = lesson.kind === 'link' ? externalUrl(lesson.url) : null;
  if (url) return html`<p><a href="${url.href}" rel="external noopener noreferrer">打开链接：${url.host}</a></p>`;
  return '';
}

async function lessonPage(deps: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await deps.siteFrame(req.params.code ?? '', req.origin);
  if (!site) return noSite();
  const courseId = idParam(req.params.courseId);
  const lessonId = idParam(req.params.lessonId);
  const shown =
    courseId === null || lessonId === null ? null : await publicLesson(deps.db, site.unitId, courseId, lessonId);
  if (!shown) return nothingHere(site);
  const { course, lesson, previous, next } = shown;
  // Under a text lesson's own body nothing more; under the others, the writer's note.
  const note = lesson.kind !== 'text' && lesson.body ? html`<div class="body">${trusted(lesson.body)}</div>` : '';
  const step = (l: OutlineLesson | null, rel: 'prev' | 'next') =>
    l
      ? html`<a href="${lessonPath(site, course.id, l.id)}" rel="${rel}">${rel === 'prev' ? '上一课' : '下一课'}：${l.title}</a>`
      : html`<span></span>`;
  return answer(
    200,
    site.render({
      title: `${lesson.title} - ${course.title}`,
      description: describe(storedHtmlToText(lesson.body), `${course.title}：${lesson.title}`),
      path: `${trainingNav.path}/${course.id}/${lesson.id}`,
      current: trainingNav.key,
      crumbs: [
        { label: title, href: learningPath(site) },
        { label: course.title, href: coursePath(site, course.id) },
        { label: lesson.title },
      ],
      main: html`<article class="doc"><h1>${lesson.title}</h1><p class="meta">${meta([
        shown.moduleTitle,
        kindLabel(lesson.kind),
        aboutMinutes(lesson.minutes),
      ])}</p>${lessonContent(shown)}${note}</article><nav class="pages" aria-label="课时">${step(previous, 'prev')}${step(next, 'next')}</nav>`,
    }),
  );
}

/** What the learning corner's pages read, beside the site: courses, their current versions, and a lesson's file. */
const learningReads: readonly Table[] = ['Course', 'CourseVersion', 'CourseModule', 'Lesson', 'File'];

export const trainingPages = (deps: PublicPageDeps): PublicPage[] => [
  { path: '/site/:code/learning', reads: learningReads, render: (req) => coursesPage(deps, req) },
  { path: '/site/:code/learning/:courseId', reads: learningReads, render: (req) => coursePage(deps, req) },
  { path: '/site/:code/learning/:courseId/:lessonId', reads: learningReads, render: (req) => lessonPage(deps, req) },
];
