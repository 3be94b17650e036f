"""Load test: readers browsing, readers searching, trainees taking a course.

Run by ``loadtest/run.sh`` (which also starts gunicorn, the task worker and the editor
process, and checks afterwards that nothing acknowledged was lost). Only ever aimed at
127.0.0.1. Each simulated reader sends an X-Forwarded-For address of its own, as
readers behind the production nginx have (the runner sets TRUSTED_PROXY_COUNT=1), so the
per-reader rate limits see 200 readers rather than one.

Pacing: people read. A reader stays 2-6 s on a page before the next click, a searcher
reads the results for 3-8 s, and a trainee spends 3-8 s on each step of a lesson and a
quiz (real trainees spend minutes; these users are still far faster than people). The
users are gevent-based (FastHttpUser) so that the load generator, which shares the two
cores with the portal, takes as little of them as it can.
"""

import itertools
import random
import re
from urllib.parse import urlencode

from locust import FastHttpUser, between, task

LANGUAGE = "/pt-br/"
SEARCH_WORDS = [
    "tráfico", "trabalho escravo", "denúncia", "migrante", "exploração sexual", "disque 100",
    "refugiado", "aliciamento", "passaporte", "campanha", "capacitação", "glossário",
    "atendimento", "direitos", "fronteira",
]  # fmt: skip
LINK = re.compile(r'href="(/pt-br/[^"#?]*)"')
SKIP = ("/accounts/", "/training/", "/download", ".zip", ".pdf", "/print/", "/pdf/", "/check/")
PASSWORD = "load-test-Passw0rd!"  # noqa: S105 (manage.py loadtest_users, test data only)
_addresses = itertools.count(1)
_trainees = itertools.count(0)


def _address():
    number = next(_addresses)
    return f"10.20.{number // 256 % 256}.{number % 256}"


class Reader(FastHttpUser):
    abstract = True
    wait_time = between(2, 6)

    def on_start(self):
        self.headers = {"X-Forwarded-For": _address(), "Accept-Language": "pt-BR"}
        self.known = [LANGUAGE]

    def get(self, path, **kwargs):
        return self.client.get(path, headers=self.headers, **kwargs)

    def post(self, path, data, name):
        headers = {**self.headers, "Referer": self.host + path}
        return self.client.post(path, data=data, headers=headers, name=name)

    def visit(self, path, name=None):
        with self.get(path, name=name or path, catch_response=True) as response:
            if response.status_code >= 400:
                response.failure(f"HTTP {response.status_code}")
                return ""
            links = [
                link for link in LINK.findall(response.text) if not any(s in link for s in SKIP)
            ]
            self.known = list(dict.fromkeys([*self.known, *links]))[-200:]
            return response.text


class Browser(Reader):
    """Home, campaigns, the directory, guides: follows the portal's own links."""

    weight = 6

    @task(3)
    def follow_a_link(self):
        self.visit(random.choice(self.known), name="page (followed link)")  # noqa: S311

    @task(1)
    def home(self):
        self.visit(LANGUAGE, name="home")


class Searcher(Reader):
    weight = 2
    wait_time = between(3, 8)

    @task
    def search(self):
        words = random.choice(SEARCH_WORDS)  # noqa: S311
        self.get(f"{LANGUAGE}search/?{urlencode({'q': words})}", name="search")


class Trainee(Reader):
    """Logs in with a prepared account, enrols in a course, reads lessons, takes a quiz."""

    weight = 2
    wait_time = between(3, 8)

    def read(self):
        """The trainee reads the page before the next step."""
        self.wait()

    def on_start(self):
        super().on_start()
        self.number = next(_trainees)
        self.course = None
        login = f"{LANGUAGE}accounts/login/"
        page = self.get(login, name="login form")
        self.read()
        self.post(
            login,
            data={
                "login": f"loadtest-{self.number}@example.org",
                "password": PASSWORD,
                "csrfmiddlewaretoken": self.csrf(page.text),
            },
            name="login",
        )
        self.find_course()

    @staticmethod
    def csrf(html):
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        return found.group(1) if found else ""

    def find_course(self):
        home = self.get(LANGUAGE, name="home").text
        for link in LINK.findall(home):
            if "capacita" in link or "curso" in link or "training" in link:
                index = self.get(link, name="course index").text
                courses = [
                    course
                    for course in LINK.findall(index)
                    if course.startswith(link)
                    and course != link
                    and course.count("/") == link.count("/") + 1
                ]
                if courses:
                    self.course = courses[0]
                    return

    @task
    def study(self):
        if not self.course:
            self.find_course()
            return
        page = self.get(self.course, name="course")
        token = self.csrf(page.text)
        if f'action="{self.course}enrol/"' in page.text and token:
            self.read()
            self.post(self.course + "enrol/", data={"csrfmiddlewaretoken": token}, name="enrol")
            page = self.get(self.course, name="course")
        modules = [
            link
            for link in LINK.findall(page.text)
            if "course=" not in link and "/lesson/" not in link
        ]
        lessons = re.findall(r'href="(/pt-br/[^"]*/lesson/\d+/[^"]*)"', page.text)
        quiz_links = re.findall(r'href="(/pt-br/[^"]*/quiz/[^"]*)"', page.text)
        for lesson in lessons[:2]:
            self.read()
            lesson_page = self.get(lesson.replace("&amp;", "&"), name="lesson").text
            quiz_links += re.findall(r'href="(/pt-br/[^"]*/quiz/[^"]*)"', lesson_page)
        if not lessons and modules:
            self.read()
            module = random.choice(modules)  # noqa: S311
            module_page = self.get(module, name="page (followed link)").text
            quiz_links += re.findall(r'href="(/pt-br/[^"]*/quiz/[^"]*)"', module_page)
        if quiz_links:
            self.read()
            self.take_quiz(quiz_links[0].replace("&amp;", "&"))

    def take_quiz(self, url):
        page = self.get(url, name="quiz")
        attempt = re.search(r'name="attempt" value="([^"]+)"', page.text)
        if not attempt:
            return
        answers = {}
        for tag in re.findall(r"<input[^>]+>", page.text):
            if 'type="radio"' in tag or 'type="checkbox"' in tag:
                name = re.search(r'name="([^"]+)"', tag)
                value = re.search(r'value="([^"]+)"', tag)
                if name and value:
                    answers.setdefault(name.group(1), value.group(1))
        self.read()
        self.post(
            url,
            data={
                "csrfmiddlewaretoken": self.csrf(page.text),
                "attempt": attempt.group(1),
                **answers,
            },
            name="quiz answers",
        )
