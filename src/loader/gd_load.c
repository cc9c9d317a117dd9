/*
 * gd_load — load a folder of published annual reports into a store.
 *
 *   gd_load [connection options] [--region CODE] [--organ NAME] [--year Y]
 *           [--replace] [--strict] [--reason TEXT] [--jobs N] [--store TABLE]
 *           [--outcomes FILE] [--quiet] FILES-OR-FOLDERS…
 *
 * Each file is turned into UTF-8 text on the client (pdftotext -layout for
 * PDF, pandoc for .docx, LibreOffice for .doc and .wps, the charset of
 * HTML and text files detected and converted with iconv) and sent to the
 * server's gd_load_report(…, partial => true), which parses, checks and
 * stores it.  One outcome per file: loaded, unchanged, replaced, partial,
 * duplicate, refused; a line per file on standard output, a progress line
 * on a terminal, a summary, and the outcomes as JSON lines.  Exit status 0
 * when every file was loaded, unchanged or replaced; 1 when some was not;
 * 2 on a usage or connection error.
 *
 * C on libpq (not a psql script): N worker threads with a connection each,
 * report texts passed as parameters of any size without quoting, and the
 * charset work done in-process with iconv.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <iconv.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "core/report.h"

extern char **environ;

typedef enum Outcome
{
	O_LOADED,
	O_UNCHANGED,
	O_REPLACED,
	O_PARTIAL,
	O_DUPLICATE,
	O_REFUSED,
	O_COUNT
} Outcome;

static const char *const outcome_names[O_COUNT] = {"loaded", "unchanged", "replaced", "partial", "duplicate", "refused"};

typedef struct Item
{
	char	   *path;
	const char *kind;			/* pdf, html, txt, docx, doc, wps, or NULL */
	Outcome		outcome;
	char	   *organ;
	char	   *region;
	int			year;
	char	   *message;
	double		ms;
} Item;

/* options */
static const char *opt_host, *opt_port, *opt_user, *opt_db;
static const char *opt_region, *opt_organ, *opt_year, *opt_store, *opt_reason;
static const char *opt_outcomes = "gd_load-outcomes.jsonl";
static bool opt_replace, opt_strict, opt_quiet;
static int	opt_jobs = 2;

/* the work */
static Item *items;
static int	nitems, capitems;
static int	next_item, done_items;
static int	counts[O_COUNT];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static bool progress;
static double started;

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void *
xmalloc(size_t n)
{
	void	   *p = malloc(n ? n : 1);

	if (p == NULL)
	{
		fprintf(stderr, "gd_load: out of memory\n");
		exit(2);
	}
	return p;
}

static char *
xstrdup(const char *s)
{
	return s ? strcpy(xmalloc(strlen(s) + 1), s) : NULL;
}

static char *
xprintf(const char *fmt,...)
{
	va_list		ap;
	char	   *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	if (s == NULL)
	{
		fprintf(stderr, "gd_load: out of memory\n");
		exit(2);
	}
	return s;
}

/* ------------------------------------------------------------------------
 * Collecting the files
 * ------------------------------------------------------------------------ */

static const char *
kind_of(const char *path)
{
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');

	if (dot == NULL || (slash && dot < slash))
		return NULL;
	dot++;
	if (strcasecmp(dot, "pdf") == 0)
		return "pdf";
	if (strcasecmp(dot, "html") == 0 || strcasecmp(dot, "htm") == 0 || strcasecmp(dot, "shtml") == 0)
		return "html";
	if (strcasecmp(dot, "txt") == 0)
		return "txt";
	if (strcasecmp(dot, "docx") == 0)
		return "docx";
	if (strcasecmp(dot, "doc") == 0)
		return "doc";
	if (strcasecmp(dot, "wps") == 0)
		return "wps";
	return NULL;
}

static void
add_item(const char *path)
{
	if (nitems == capitems)
	{
		capitems = capitems ? capitems * 2 : 256;
		items = realloc(items, sizeof(Item) * capitems);
		if (items == NULL)
		{
			fprintf(stderr, "gd_load: out of memory\n");
			exit(2);
		}
	}
	memset(&items[nitems], 0, sizeof(Item));
	items[nitems].path = xstrdup(path);
	items[nitems].kind = kind_of(path);
	nitems++;
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* A folder: every file of a known kind in it and below, in name order. */
static void
add_folder(const char *dir)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	char	  **names = NULL;
	int			n = 0, cap = 0;

	if (d == NULL)
	{
		add_item(dir);			/* refused below, with the reason */
		return;
	}
	while ((e = readdir(d)) != NULL)
	{
		if (e->d_name[0] == '.')
			continue;
		if (n == cap)
		{
			cap = cap ? cap * 2 : 64;
			names = realloc(names, sizeof(char *) * cap);
			if (names == NULL)
				exit(2);
		}
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(char *), cmp_names);
	for (int i = 0; i < n; i++)
	{
		char	   *p = xprintf("%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
		struct stat st;

		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
			add_folder(p);
		else if (kind_of(p) != NULL)
			add_item(p);
		free(p);
		free(names[i]);
	}
	free(names);
}

/* ------------------------------------------------------------------------
 * Turning a file into UTF-8 text
 * ------------------------------------------------------------------------ */

typedef struct Buf
{
	char	   *data;
	size_t		len;
} Buf;

static bool
read_file(const char *path, Buf *b, char **err)
{
	FILE	   *f = fopen(path, "rb");
	size_t		cap = 1 << 16;

	if (f == NULL)
	{
		*err = xprintf("cannot read the file: %s", strerror(errno));
		return false;
	}
	b->data = xmalloc(cap + 1);
	b->len = 0;
	for (;;)
	{
		size_t		got;

		if (b->len == cap)
		{
			cap *= 2;
			b->data = realloc(b->data, cap + 1);
			if (b->data == NULL)
				exit(2);
		}
		got = fread(b->data + b->len, 1, cap - b->len, f);
		if (got == 0)
			break;
		b->len += got;
	}
	fclose(f);
	b->data[b->len] = '\0';
	return true;
}

/* Run a tool, its standard output into b; false with a message otherwise. */
static bool
run_tool(char *const argv[], Buf *b, char **err, const char *package)
{
	int			out[2];
	int			errp[2];
	posix_spawn_file_actions_t fa;
	pid_t		pid;
	int			status;
	size_t		cap = 1 << 16;
	char		errbuf[400];
	size_t		errlen = 0;

	if (pipe2(out, O_CLOEXEC) != 0 || pipe2(errp, O_CLOEXEC) != 0)
	{
		*err = xprintf("cannot run %s: %s", argv[0], strerror(errno));
		return false;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, out[1], 1);
	posix_spawn_file_actions_adddup2(&fa, errp[1], 2);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0)
	{
		posix_spawn_file_actions_destroy(&fa);
		close(out[0]);
		close(out[1]);
		close(errp[0]);
		close(errp[1]);
		*err = xprintf("%s is not installed (apt-get install %s, or make deps)", argv[0], package);
		return false;
	}
	posix_spawn_file_actions_destroy(&fa);
	close(out[1]);
	close(errp[1]);
	b->data = xmalloc(cap + 1);
	b->len = 0;
	/* read stdout to the end, then stderr (tools here write little to it) */
	for (;;)
	{
		ssize_t		got;

		if (b->len == cap)
		{
			cap *= 2;
			b->data = realloc(b->data, cap + 1);
			if (b->data == NULL)
				exit(2);
		}
		got = read(out[0], b->data + b->len, cap - b->len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		b->len += got;
	}
	b->data[b->len] = '\0';
	for (;;)
	{
		ssize_t		got = read(errp[0], errbuf + errlen, sizeof(errbuf) - 1 - errlen);

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		errlen += got;
		if (errlen >= sizeof(errbuf) - 1)
		{
			char		sink[4096];

			while (read(errp[0], sink, sizeof(sink)) > 0)
				;
			break;
		}
	}
	errbuf[errlen] = '\0';
	close(out[0]);
	close(errp[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
	{
		for (char *c = errbuf; *c; c++)
			if (*c == '\n' || *c == '\r')
				*c = ' ';
		*err = xprintf("%s failed%s%s", argv[0], errlen ? ": " : "", errbuf);
		free(b->data);
		b->data = NULL;
		return false;
	}
	return true;
}

static bool
valid_utf8(const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		unsigned char c = s[i];
		int			k;

		if (c < 0x80)
		{
			if (c == 0)
				return false;
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			k = 1;
		else if (c >= 0xE0 && c <= 0xEF)
			k = 2;
		else if (c >= 0xF0 && c <= 0xF4)
			k = 3;
		else
			return false;
		for (int j = 1; j <= k; j++)
			if (i + j >= n || (s[i + j] & 0xC0) != 0x80)
				return false;
		if (k == 2 && ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0)))
			return false;
		if (k == 3 && ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90)))
			return false;
		i += k + 1;
	}
	return true;
}

/* Convert from a charset to UTF-8; false if the bytes are not in it. */
static bool
to_utf8(const char *charset, const char *in, size_t len, Buf *out)
{
	iconv_t		cd = iconv_open("UTF-8", charset);
	char	   *src = (char *) in;
	size_t		left = len;
	size_t		cap = len * 2 + 16;
	char	   *dst;
	size_t		room;

	if (cd == (iconv_t) -1)
		return false;
	out->data = xmalloc(cap + 1);
	dst = out->data;
	room = cap;
	while (left > 0)
	{
		if (iconv(cd, &src, &left, &dst, &room) == (size_t) -1)
		{
			if (errno == E2BIG)
			{
				size_t		used = dst - out->data;

				cap *= 2;
				out->data = realloc(out->data, cap + 1);
				if (out->data == NULL)
					exit(2);
				dst = out->data + used;
				room = cap - used;
				continue;
			}
			iconv_close(cd);
			free(out->data);
			out->data = NULL;
			return false;
		}
	}
	iconv_close(cd);
	out->len = dst - out->data;
	out->data[out->len] = '\0';
	return true;
}

static bool
is_gb(const char *cs)
{
	return strcasecmp(cs, "gb2312") == 0 || strcasecmp(cs, "gbk") == 0 || strcasecmp(cs, "gb18030") == 0 ||
		strcasecmp(cs, "x-gbk") == 0 || strcasecmp(cs, "cp936") == 0 || strcasecmp(cs, "euc-cn") == 0;
}

/* The charset an HTML page declares in its first 4 KB, or "". */
static void
html_charset(const Buf *b, char *cs, size_t size)
{
	size_t		n = b->len < 4096 ? b->len : 4096;
	char	   *head = xmalloc(n + 1);
	char	   *p;

	for (size_t i = 0; i < n; i++)
		head[i] = (b->data[i] >= 'A' && b->data[i] <= 'Z') ? b->data[i] + 32 : b->data[i];
	head[n] = '\0';
	cs[0] = '\0';
	p = strstr(head, "charset");
	if (p != NULL)
	{
		size_t		k = 0;

		p += 7;
		while (*p == ' ' || *p == '=' || *p == '"' || *p == '\'')
			p++;
		while (k + 1 < size && ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
			cs[k++] = *p++;
		cs[k] = '\0';
	}
	free(head);
}

/*
 * The text of a byte buffer: BOM first (UTF-8, UTF-16), then a declared
 * charset (HTML), then UTF-8 if it is valid, else GB18030 (a superset of
 * GB2312 and GBK) if it decodes.
 */
static bool
decode(Buf *raw, const char *declared, Buf *text, char **how, char **err)
{
	const unsigned char *u = (const unsigned char *) raw->data;

	if (raw->len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
	{
		text->data = xstrdup(raw->data + 3);
		text->len = raw->len - 3;
		*how = "UTF-8 (BOM)";
		if (!valid_utf8((const unsigned char *) text->data, text->len))
		{
			*err = xprintf("the file starts with a UTF-8 byte order mark but is not valid UTF-8");
			return false;
		}
		return true;
	}
	if (raw->len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
	{
		*how = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		if (!to_utf8(*how, raw->data + 2, raw->len - 2, text) ||
			!valid_utf8((const unsigned char *) text->data, text->len))
		{
			*err = xprintf("the file starts with a %s byte order mark but is not valid %s", *how, *how);
			return false;
		}
		return true;
	}
	if (declared && declared[0] && is_gb(declared))
	{
		*how = "GB18030 (declared)";
		if (to_utf8("GB18030", raw->data, raw->len, text) &&
			valid_utf8((const unsigned char *) text->data, text->len))
			return true;
		*err = xprintf("the page declares charset %s but its bytes are not GB18030/GBK/GB2312", declared);
		return false;
	}
	if (declared && declared[0] && strcasecmp(declared, "utf-8") != 0 && strcasecmp(declared, "utf8") != 0)
	{
		*how = xprintf("%s (declared)", declared);
		if (to_utf8(declared, raw->data, raw->len, text) &&
			valid_utf8((const unsigned char *) text->data, text->len))
			return true;
		/* a wrong declaration: fall through to detection */
	}
	if (valid_utf8(u, raw->len))
	{
		text->data = xstrdup(raw->data);
		text->len = raw->len;
		*how = "UTF-8";
		return true;
	}
	if (to_utf8("GB18030", raw->data, raw->len, text) && valid_utf8((const unsigned char *) text->data, text->len))
	{
		*how = "GB18030 (detected)";
		return true;
	}
	*err = xprintf("the text is neither UTF-8, UTF-16 with a byte order mark, nor GB18030/GBK/GB2312");
	return false;
}

/* A Word .doc or .wps through LibreOffice, as HTML, in a directory of its own. */
static bool
via_libreoffice(const char *path, Buf *b, char **err)
{
	char		tmpl[] = "/tmp/gd_load.??????";
	char	   *dir;
	char	   *profile, *outdir, *base, *html, *dot;
	bool		ok;

	memset(tmpl + strlen(tmpl) - 6, 'X', 6);	/* mkdtemp's six placeholders */
	dir = mkdtemp(tmpl);
	if (dir == NULL)
	{
		*err = xprintf("cannot make a temporary directory: %s", strerror(errno));
		return false;
	}
	profile = xprintf("-env:UserInstallation=file://%s/profile", dir);
	outdir = xprintf("%s/out", dir);
	{
		char	   *argv[] = {"soffice", profile, "--headless", "--convert-to", "html", "--outdir", outdir,
		(char *) path, NULL};
		Buf			ignored = {0};

		ok = run_tool(argv, &ignored, err, "libreoffice-writer-nogui");
		free(ignored.data);
	}
	base = xstrdup(strrchr(path, '/') ? strrchr(path, '/') + 1 : path);
	dot = strrchr(base, '.');
	if (dot)
		*dot = '\0';
	html = xprintf("%s/%s.html", outdir, base);
	if (ok && !read_file(html, b, err))
	{
		free(*err);
		*err = xprintf("LibreOffice could not convert it (a WPS Office file that is not Word-compatible? save it as .docx or .pdf)");
		ok = false;
	}
	{
		char	   *argv[] = {"rm", "-rf", dir, NULL};
		Buf			ignored = {0};
		char	   *e2 = NULL;

		run_tool(argv, &ignored, &e2, "coreutils");
		free(ignored.data);
		free(e2);
	}
	free(profile);
	free(outdir);
	free(base);
	free(html);
	return ok;
}

/* The UTF-8 text of a file, or false with the reason. */
static bool
file_text(Item *it, Buf *text, char **err)
{
	Buf			raw = {0};
	char	   *how = NULL;
	char		cs[40] = "";
	bool		ok;

	if (it->kind == NULL)
	{
		struct stat st;

		*err = stat(it->path, &st) != 0 ? xprintf("cannot read it: %s", strerror(errno))
			: xprintf("not a report file: the kinds read are .pdf, .html/.htm/.shtml, .txt, .docx, .doc and .wps");
		return false;
	}
	if (strcmp(it->kind, "pdf") == 0)
	{
		char	   *argv[] = {"pdftotext", "-layout", "-enc", "UTF-8", it->path, "-", NULL};

		if (!run_tool(argv, &raw, err, "poppler-utils"))
			return false;
	}
	else if (strcmp(it->kind, "docx") == 0)
	{
		char	   *argv[] = {"pandoc", "-f", "docx", "-t", "html", it->path, NULL};

		if (!run_tool(argv, &raw, err, "pandoc"))
			return false;
	}
	else if (strcmp(it->kind, "doc") == 0 || strcmp(it->kind, "wps") == 0)
	{
		if (!via_libreoffice(it->path, &raw, err))
			return false;
		html_charset(&raw, cs, sizeof(cs));
	}
	else
	{
		if (!read_file(it->path, &raw, err))
			return false;
		if (strcmp(it->kind, "html") == 0)
			html_charset(&raw, cs, sizeof(cs));
	}
	ok = decode(&raw, cs, text, &how, err);
	free(raw.data);
	return ok;
}

/* ------------------------------------------------------------------------
 * Loading
 * ------------------------------------------------------------------------ */

static PGconn *
connect_db(void)
{
	const char *keys[] = {"host", "port", "user", "dbname", "client_encoding", "application_name", NULL};
	const char *vals[] = {opt_host, opt_port, opt_user, opt_db, "UTF8", "gd_load", NULL};
	PGconn	   *c = PQconnectdbParams(keys, vals, 1);

	if (PQstatus(c) != CONNECTION_OK)
	{
		fprintf(stderr, "gd_load: cannot connect: %s", PQerrorMessage(c));
		PQfinish(c);
		return NULL;
	}
	return c;
}

static const char *query;

static void
build_query(void)
{
	query = xprintf("SELECT r.outcome, r.organ, r.region_code, r.year, r.message "
					"FROM gd_load_report(report_text => $1, region_code => $2, source => $3, organ => $4, "
					"year => $5::int4, replace => $6::bool, partial => $7::bool, reason => $8%s) r",
					opt_store ? ", store => $9::regclass" : "");
}

static void
show_progress_locked(void)
{
	if (!progress)
		return;
	fprintf(stderr, "\r\033[K[%d/%d] %d loaded, %d unchanged, %d replaced, %d partial, %d duplicate, %d refused",
			done_items, nitems, counts[O_LOADED], counts[O_UNCHANGED], counts[O_REPLACED], counts[O_PARTIAL],
			counts[O_DUPLICATE], counts[O_REFUSED]);
	fflush(stderr);
}

static void
finish_item(Item *it)
{
	pthread_mutex_lock(&lock);
	done_items++;
	counts[it->outcome]++;
	if (progress)
		fprintf(stderr, "\r\033[K");
	if (!opt_quiet)
	{
		char		id[600] = "";

		if (it->organ)
			snprintf(id, sizeof(id), "%s %s %d", it->organ, it->region ? it->region : "-", it->year);
		printf("%-9s %s%s%s: %s\n", outcome_names[it->outcome], it->path, id[0] ? "  " : "", id,
			   it->message ? it->message : "");
		fflush(stdout);
	}
	show_progress_locked();
	pthread_mutex_unlock(&lock);
}

static char *
one_line(const char *s)
{
	char	   *c = xstrdup(s ? s : "");
	size_t		n = strlen(c);

	while (n > 0 && (c[n - 1] == '\n' || c[n - 1] == ' '))
		c[--n] = '\0';
	for (char *p = c; *p; p++)
		if (*p == '\n')
			*p = ' ';
	return c;
}

static void
load_item(PGconn **conn, Item *it)
{
	Buf			text = {0};
	char	   *err = NULL;
	double		t0 = now_ms();

	if (!file_text(it, &text, &err))
	{
		it->outcome = O_REFUSED;
		it->message = err;
	}
	else
	{
		const char *params[9] = {text.data, opt_region, it->path, opt_organ, opt_year,
			opt_replace ? "true" : "false", opt_strict ? "false" : "true", opt_reason, opt_store};
		PGresult   *res = NULL;

		for (int attempt = 0; attempt < 2; attempt++)
		{
			if (*conn == NULL || PQstatus(*conn) != CONNECTION_OK)
			{
				if (*conn)
					PQfinish(*conn);
				*conn = connect_db();
				if (*conn == NULL)
					break;
			}
			res = PQexecParams(*conn, query, opt_store ? 9 : 8, NULL, params, NULL, NULL, 0);
			if (PQresultStatus(res) == PGRES_TUPLES_OK || PQstatus(*conn) == CONNECTION_OK)
				break;
			PQclear(res);
			res = NULL;
		}
		if (res == NULL)
		{
			it->outcome = O_REFUSED;
			it->message = xprintf("no connection to the database");
		}
		else if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1)
		{
			const char *o = PQgetvalue(res, 0, 0);

			it->outcome = O_LOADED;
			for (int k = 0; k < O_COUNT; k++)
				if (strcmp(o, outcome_names[k]) == 0)
					it->outcome = k;
			it->organ = xstrdup(PQgetvalue(res, 0, 1));
			it->region = PQgetisnull(res, 0, 2) ? NULL : xstrdup(PQgetvalue(res, 0, 2));
			it->year = atoi(PQgetvalue(res, 0, 3));
			it->message = xstrdup(PQgetvalue(res, 0, 4));
		}
		else
		{
			const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
			const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
			const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
			const char *hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
			char	   *m = one_line(msg ? msg : PQerrorMessage(*conn));

			it->outcome = state && strcmp(state, "23505") == 0 ? O_DUPLICATE : O_REFUSED;
			it->message = xprintf("%s: %s%s%s%s%s%s", state ? state : "?", m, detail ? " (" : "", detail ? detail : "",
								  detail ? ")" : "", hint ? " Hint: " : "", hint ? hint : "");
			free(m);
		}
		PQclear(res);
	}
	free(text.data);
	it->ms = now_ms() - t0;
	finish_item(it);
}

static void *
worker(void *arg)
{
	PGconn	   *conn = connect_db();

	(void) arg;
	for (;;)
	{
		int			i;

		pthread_mutex_lock(&lock);
		i = next_item < nitems ? next_item++ : -1;
		pthread_mutex_unlock(&lock);
		if (i < 0)
			break;
		load_item(&conn, &items[i]);
	}
	if (conn)
		PQfinish(conn);
	return NULL;
}

/* ------------------------------------------------------------------------
 * Output
 * ------------------------------------------------------------------------ */

static void
json_string(FILE *f, const char *s)
{
	if (s == NULL)
	{
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *) s; *p; p++)
	{
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

static bool
write_outcomes(void)
{
	FILE	   *f;

	if (strcmp(opt_outcomes, "-") == 0)
		return true;
	f = fopen(opt_outcomes, "w");
	if (f == NULL)
	{
		fprintf(stderr, "gd_load: cannot write %s: %s\n", opt_outcomes, strerror(errno));
		return false;
	}
	for (int i = 0; i < nitems; i++)
	{
		Item	   *it = &items[i];

		fputs("{\"file\": ", f);
		json_string(f, it->path);
		fputs(", \"kind\": ", f);
		json_string(f, it->kind);
		fprintf(f, ", \"outcome\": \"%s\", \"organ\": ", outcome_names[it->outcome]);
		json_string(f, it->organ);
		fputs(", \"region_code\": ", f);
		json_string(f, it->region);
		if (it->year)
			fprintf(f, ", \"year\": %d", it->year);
		else
			fputs(", \"year\": null", f);
		fputs(", \"message\": ", f);
		json_string(f, it->message);
		fprintf(f, ", \"ms\": %.1f}\n", it->ms);
	}
	return fclose(f) == 0;
}

static void
usage(FILE *f)
{
	fprintf(f,
			"gd_load loads published annual reports on open government information into a store.\n\n"
			"Usage: gd_load [OPTION]... FILE-OR-FOLDER...\n\n"
			"Files: .pdf (pdftotext), .html/.htm/.shtml (charset from the BOM or <meta>; GB2312/GBK/GB18030\n"
			"converted), .txt (UTF-8, UTF-16 with BOM, GB18030), .docx (pandoc), .doc and .wps (LibreOffice).\n"
			"Folders are read recursively.\n\n"
			"Options:\n"
			"  -h, --host=HOST        database server host or socket directory\n"
			"  -p, --port=PORT        database server port\n"
			"  -U, --username=USER    database user name\n"
			"  -d, --dbname=DBNAME    database name (or a connection string)\n"
			"      --region=CODE      GB/T 2260 region code of every report (six digits)\n"
			"      --organ=NAME       organ of every report, instead of the title's\n"
			"      --year=Y           year of every report, instead of the title's\n"
			"      --replace          replace a different stored version (it moves to the history)\n"
			"      --reason=TEXT      why, kept with the new version\n"
			"      --strict           refuse reports with unreadable tables instead of storing them partially\n"
			"      --store=TABLE      the store (default gd_reports)\n"
			"  -j, --jobs=N           files loaded at once, one connection each (default 2)\n"
			"  -o, --outcomes=FILE    the outcomes as JSON lines (default gd_load-outcomes.jsonl; - for none)\n"
			"  -q, --quiet            no line per file\n"
			"      --help             this help\n\n"
			"Outcomes: loaded, unchanged, replaced, partial, duplicate, refused.\n"
			"Exit status: 0 if every file was loaded, unchanged or replaced; 1 if not; 2 on errors of use.\n");
}

/* The options into the opt_* settings: -1 to go on, else the exit status (2 for a bad option, 0 after --help). */
static int
parse_options(int argc, char **argv)
{
	enum
	{
		O_REGION = 256, O_ORGAN, O_YEAR, O_REPLACE, O_REASON, O_STRICT, O_STORE, O_HELP
	};
	static const struct option longopts[] = {
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"dbname", required_argument, NULL, 'd'},
		{"region", required_argument, NULL, O_REGION},
		{"organ", required_argument, NULL, O_ORGAN},
		{"year", required_argument, NULL, O_YEAR},
		{"replace", no_argument, NULL, O_REPLACE},
		{"reason", required_argument, NULL, O_REASON},
		{"strict", no_argument, NULL, O_STRICT},
		{"store", required_argument, NULL, O_STORE},
		{"jobs", required_argument, NULL, 'j'},
		{"outcomes", required_argument, NULL, 'o'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, O_HELP},
		{NULL, 0, NULL, 0}
	};
	int			c;

	while ((c = getopt_long(argc, argv, "h:p:U:d:j:o:q", longopts, NULL)) != -1)
	{
		switch (c)
		{
			case 'h': opt_host = optarg; break;
			case 'p': opt_port = optarg; break;
			case 'U': opt_user = optarg; break;
			case 'd': opt_db = optarg; break;
			case O_REGION: opt_region = optarg; break;
			case O_ORGAN: opt_organ = optarg; break;
			case O_YEAR: opt_year = optarg; break;
			case O_REPLACE: opt_replace = true; break;
			case O_REASON: opt_reason = optarg; break;
			case O_STRICT: opt_strict = true; break;
			case O_STORE: opt_store = optarg; break;
			case 'j':
				opt_jobs = atoi(optarg);
				if (opt_jobs < 1 || opt_jobs > 64)
				{
					fprintf(stderr, "gd_load: --jobs must be 1 to 64, got \"%s\"\n", optarg);
					return 2;
				}
				break;
			case 'o': opt_outcomes = optarg; break;
			case 'q': opt_quiet = true; break;
			case O_HELP: usage(stdout); return 0;
			default: usage(stderr); return 2;
		}
	}
	return -1;
}

/* --year and --region as the store's domains gd_year and gd_region_code have them; false after saying why. */
static bool
identity_options_valid(void)
{
	if (opt_year != NULL)
	{
		char	   *end;
		long		y = strtol(opt_year, &end, 10);

		if (*end != '\0' || y < GD_YEAR_MIN || y > GD_YEAR_MAX)
		{
			fprintf(stderr, "gd_load: --year must be a year from %d to %d, got \"%s\"\n",
					GD_YEAR_MIN, GD_YEAR_MAX, opt_year);
			return false;
		}
	}
	if (opt_region != NULL && (strlen(opt_region) != 6 || strspn(opt_region, "0123456789") != 6 || opt_region[0] == '0'))
	{
		fprintf(stderr, "gd_load: --region must be a GB/T 2260 code of six digits (e.g. 230102), got \"%s\"\n", opt_region);
		return false;
	}
	return true;
}

/* Every item through opt_jobs connections; the summary line and the outcome file; the exit status. */
static int
load_all(void)
{
	pthread_t  *threads;
	double		secs;
	int			bad;

	signal(SIGPIPE, SIG_IGN);
	progress = isatty(2) && !opt_quiet;
	started = now_ms();
	if (opt_jobs > nitems)
		opt_jobs = nitems;
	threads = xmalloc(sizeof(pthread_t) * opt_jobs);
	for (int i = 0; i < opt_jobs; i++)
		pthread_create(&threads[i], NULL, worker, NULL);
	for (int i = 0; i < opt_jobs; i++)
		pthread_join(threads[i], NULL);
	secs = (now_ms() - started) / 1000.0;
	if (progress)
		fprintf(stderr, "\r\033[K");
	bad = counts[O_PARTIAL] + counts[O_DUPLICATE] + counts[O_REFUSED];
	printf("%d files in %.1f s: %d loaded, %d unchanged, %d replaced, %d partial, %d duplicate, %d refused\n",
		   nitems, secs, counts[O_LOADED], counts[O_UNCHANGED], counts[O_REPLACED], counts[O_PARTIAL],
		   counts[O_DUPLICATE], counts[O_REFUSED]);
	if (!write_outcomes())
		return 2;
	if (strcmp(opt_outcomes, "-") != 0 && !opt_quiet)
		printf("outcomes: %s\n", opt_outcomes);
	return bad ? 1 : 0;
}

int
main(int argc, char **argv)
{
	int			rc = parse_options(argc, argv);
	PGconn	   *probe;

	if (rc >= 0)
		return rc;
	if (!identity_options_valid())
		return 2;
	if (optind >= argc)
	{
		fprintf(stderr, "gd_load: no files or folders given\n");
		usage(stderr);
		return 2;
	}
	for (int i = optind; i < argc; i++)
	{
		struct stat st;

		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			add_folder(argv[i]);
		else
			add_item(argv[i]);
	}
	if (nitems == 0)
	{
		fprintf(stderr, "gd_load: no report files (.pdf .html .htm .shtml .txt .docx .doc .wps) found\n");
		return 1;
	}
	probe = connect_db();
	if (probe == NULL)
		return 2;
	PQfinish(probe);
	build_query();
	return load_all();
}
