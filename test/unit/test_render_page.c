/*
 * test_render_page.c — the audit page (render_page.c) on the real hongqi
 * 2024 report (test/data/hongqi-2024.txt) with errors put in by hand:
 *
 *   granted × natural_person 6 → 9: rule C fails in row granted (13 ≠ 10)
 *   and rule B in column natural_person (19 ≠ 16), each off by 3, so that
 *   cell and no other is the likely mistyped one;
 *   table 四 review × total 11 → 12: rule D fails there;
 *   other_misc × public_interest left blank: shown as not stated;
 *   the previous year received 3 more natural persons' applications and
 *   carried them forward, where this year carried over 0: rule X1 on
 *   carried_over × natural_person.
 *
 * The page must be one HTML document that marks exactly these cells, lists
 * the findings, and still reads back as the same tables.  With
 * "--write FILE" it also writes the page, for the browser test
 * (test/browser/run.sh).  Run from the repository root.  Last line:
 * "N passed, N failed".
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/memory.h"
#include "core/parse.h"
#include "core/render.h"

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) passed++; \
		else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
	} while (0)

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	long		n;
	char	   *buf;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
	{
		fprintf(stderr, "cannot read %s\n", path);
		exit(2);
	}
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
		exit(2);
	buf[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return buf;
}

static int
count(const char *hay, const char *needle)
{
	int			k = 0;

	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		k++;
	return k;
}

/* The text of the first <td> with the class, or "" (at most 15 bytes). */
static void
first_cell(const char *page, const char *cls, char *out)
{
	char		open[64];
	const char *p;
	const char *gt;
	const char *end;

	snprintf(open, sizeof(open), "<td class=\"%s\"", cls);
	out[0] = '\0';
	if ((p = strstr(page, open)) == NULL || (gt = strchr(p, '>')) == NULL ||
		(end = strstr(gt, "</td>")) == NULL || end - gt - 1 > 15)
		return;
	memcpy(out, gt + 1, (size_t) (end - gt - 1));
	out[end - gt - 1] = '\0';
}

int
main(int argc, char **argv)
{
	size_t		len;
	char	   *text = slurp("test/data/hongqi-2024.txt", &len);
	GdReportData r,
				prev,
				back;
	GdError		err;
	char	   *page;
	char		v[16];

	if (!gd_parse_report(text, len, NULL, &r, NULL, &err))
	{
		printf("FAIL: the seed does not parse: %s\n", err.message);
		return 1;
	}
	prev = r;
	prev.year = r.year - 1;
	/* rows by printed position in the 2021 format, written out by hand */
	r.applications[2 * 7 + 0] = 9;	/* granted × natural_person */
	r.applications[22 * 7 + 3] = -1;	/* other_misc × public_interest */
	r.appeals[4] = 12;			/* review × total */
	prev.applications[24 * 7 + 0] = 3;	/* last year's carried_forward × natural_person */
	prev.applications[24 * 7 + 6] = 3;
	prev.applications[0 * 7 + 0] += 3;	/* … and 3 more received, so 2023 is consistent */
	prev.applications[0 * 7 + 6] += 3;

	page = gd_render_page(&r, &prev, true);
	CHECK(page != NULL, "a page");
	if (page == NULL)
		return 1;
	CHECK(strncmp(page, "<!DOCTYPE html>", 15) == 0 && strstr(page, "<meta charset=\"utf-8\">") &&
		  strstr(page, "<style>") && strstr(page, "</html>"), "a standalone HTML document with a charset and a stylesheet");
	CHECK(strstr(page, "<title>红旗区人民政府 2024</title>") != NULL, "titled with organ and year");
	CHECK(count(page, "class=\"n suspect\"") == 1, "one likely mistyped cell (%d)", count(page, "class=\"n suspect\""));
	first_cell(page, "n suspect", v);
	CHECK(strcmp(v, "9") == 0, "the likely mistyped cell is the 9 (got \"%s\")", v);
	CHECK(count(page, "class=\"n blank\"") == 1, "one blank cell shown as not stated (%d)", count(page, "class=\"n blank\""));
	CHECK(strstr(page, "title=\"未填报 not stated\"") != NULL, "the blank cell says so");
	CHECK(strstr(page, "C: 应为 expected 13, 填报 printed 10") != NULL, "rule C in the row total's tooltip");
	CHECK(strstr(page, "B: 应为 expected 19, 填报 printed 16") != NULL, "rule B in total_processed's tooltip");
	CHECK(strstr(page, "D: 应为 expected 11, 填报 printed 12") != NULL, "rule D on table 四's review total");
	CHECK(strstr(page, "X1: 应为 expected 3, 填报 printed 0") != NULL, "X1 against the previous year");
	CHECK(count(page, "<li class=\"error\">") == 3 && count(page, "<li class=\"warning\">") >= 1,
		  "the findings listed: B, C, D as errors (%d), X1 as a warning", count(page, "<li class=\"error\">"));

	/* the page a person sends can be loaded back: the same tables */
	CHECK(gd_parse_report(page, strlen(page), NULL, &back, NULL, &err) &&
		  memcmp(back.applications, r.applications, sizeof(int32_t) * 25 * 7) == 0 &&
		  memcmp(back.appeals, r.appeals, sizeof(r.appeals)) == 0,
		  "the page reads back as the same tables%s%s", err.message[0] ? ": " : "", err.message);
	if (argc == 3 && strcmp(argv[1], "--write") == 0)
	{
		FILE	   *f = fopen(argv[2], "wb");

		CHECK(f != NULL && fputs(page, f) >= 0 && fclose(f) == 0, "page written to %s", argv[2]);
	}
	gd_free(page);

	/* without the audit: no marks, no findings; a consistent report: "every identity holds" */
	page = gd_render_page(&prev, NULL, false);
	CHECK(page && count(page, "suspect\"") == 0 && count(page, "broken\"") == 0 && !strstr(page, "<ol"),
		  "audit off: nothing marked or listed");
	gd_free(page);
	page = gd_render_page(&prev, NULL, true);
	CHECK(page && strstr(page, "every identity holds") && count(page, "broken\"") == 0,
		  "a consistent report: nothing marked, and the page says every identity holds");
	gd_free(page);
	free(text);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
