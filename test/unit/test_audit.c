/*
 * test_audit.c — rules P1–P4 (parse/audit.c) on the real hongqi 2024
 * report (test/data/hongqi-2024.txt) and on variants of it edited here:
 * sections removed, section 五 emptied, "无" or short, section 六 silent
 * about fees or saying "无" while fees are mentioned elsewhere, blank
 * cells.  The unedited report has no P finding.  Run from the repository
 * root.  Last line: "N passed, N failed".
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/memory.h"
#include "core/parse.h"

static int	passed;
static int	failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) passed++; \
		else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
	} while (0)

static char *seed;

static char *
slurp(const char *path)
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
	return buf;
}

/* text with [from, to) replaced by with (from, to: unique substrings' offsets) */
static char *
edit(const char *text, const char *from, const char *to, const char *with)
{
	const char *a = strstr(text, from);
	const char *b = to ? strstr(a, to) : a + strlen(from);
	size_t		n = strlen(text) + strlen(with) + 1;
	char	   *out = malloc(n);

	if (a == NULL || b == NULL || out == NULL)
	{
		fprintf(stderr, "edit: \"%s\" not found\n", from);
		exit(2);
	}
	snprintf(out, n, "%.*s%s%s", (int) (a - text), text, with, b);
	return out;
}

/* The P findings of a text, as "P2 五|P4 三|…", and the first message of a rule. */
static void
findings(const char *text, char *list, size_t cap, const char *rule, char *msg, size_t msgcap)
{
	GdDiagnostics d = {0};
	size_t		len = 0;

	list[0] = '\0';
	if (msg)
		msg[0] = '\0';
	gd_parse_diagnostics(text, strlen(text), &d);
	for (int i = 0; i < d.count; i++)
	{
		const GdDiagnostic *x = &d.items[i];

		if (x->rule == NULL || x->rule[0] != 'P')
			continue;
		len += (size_t) snprintf(list + len, cap - len, "%s%s %s", len ? "|" : "", x->rule, x->section);
		if (msg && rule && strcmp(x->rule, rule) == 0 && msg[0] == '\0')
			snprintf(msg, msgcap, "%s / %s", x->message, x->detail);
	}
	gd_diagnostics_free(&d);
}

static void
expect(const char *what, const char *text, const char *want, const char *rule, const char *in_message)
{
	char		got[512],
				msg[2 * GD_DIAG_MSG_MAX + 8];

	findings(text, got, sizeof(got), rule, msg, sizeof(msg));
	CHECK(strcmp(got, want) == 0, "%s: P findings \"%s\", expected \"%s\"", what, got, want);
	if (in_message)
		CHECK(strstr(msg, in_message) != NULL, "%s: message \"%s\" should contain \"%s\"", what, msg, in_message);
}

int
main(void)
{
	const char *five = "#### 五、存在的主要问题及改进情况";
	const char *six = "#### 六、其他需要报告的事项";
	char	   *t;

	seed = slurp("test/data/hongqi-2024.txt");
	expect("the published report", seed, "", NULL, NULL);

	t = edit(seed, five, six, "#### 五、存在的主要问题及改进情况\n\n");
	expect("section 五 empty", t, "P2 五", "P2", "is empty");
	free(t);
	t = edit(seed, five, six, "#### 五、存在的主要问题及改进情况\n\n无。\n\n");
	expect("section 五 \"无\"", t, "P2 五", "P2", "says only that there are none");
	free(t);
	/* 16 Chinese characters, fewer than the 20 that say something */
	t = edit(seed, five, six, "#### 五、存在的主要问题及改进情况\n\n工作还有不足，明年继续加强政务公开。\n\n");
	expect("section 五 of 16 characters", t, "P2 五", "P2", "16 Chinese characters");
	free(t);
	t = edit(seed, five, six, "#### 五、存在的主要问题及改进情况\n\n政务公开工作还有不足之处，明年将继续加强学习培训。\n\n");
	expect("section 五 of 23 characters", t, "", NULL, NULL);
	free(t);

	t = edit(seed, "在依申请公开工作中，红旗区未收取申请人的任何费用。", NULL, "本年度无其他需要报告的事项。");
	expect("section 六 silent about fees", t, "P3 六", "P3", "does not say whether 信息处理费 was charged");
	free(t);
	{
		char	   *u = edit(seed, "在依申请公开工作中，红旗区未收取申请人的任何费用。", NULL, "无。");

		t = edit(u, "存在问题：", NULL, "存在问题：信息处理费标准不够明确；");
		expect("section 六 \"无\", fees mentioned in 五", t, "P3 六", "P3", "mentions 信息处理费 elsewhere");
		free(t);
		free(u);
	}
	t = edit(seed, "在依申请公开工作中，红旗区未收取申请人的任何费用。", NULL, "本年度共收取信息处理费0元。");
	expect("section 六 names the fee", t, "", NULL, NULL);
	free(t);

	t = edit(seed, "## 一、总体情况", NULL, "## 总述");
	expect("section 一 missing", t, "P1 一", "P1", "section 一、总体情况 is missing");
	free(t);
	t = edit(seed, five, NULL, "#### 存在的问题");
	expect("section 五's heading missing", t, "P1 五", "P1", "五、存在的主要问题及改进情况");
	free(t);

	/* blank cells: carried_over printed as "/" in three columns, and one of table 四 */
	t = edit(seed, "二、上年结转政府信息公开申请数量\t\t0\t0\t0", NULL, "二、上年结转政府信息公开申请数量\t\t/\t/\t/");
	expect("three blank cells in table 三", t, "P4 三", "P4", "table 三 has 3 blank cells");
	free(t);
	printf("%d passed, %d failed\n", passed, failed);
	free(seed);
	return failed != 0;
}
