"""A new trainee on a 360 px phone: signs up, confirms the e-mail, takes a course, fails
then passes a quiz, evaluates, downloads the PDF and verifies the certificate by the QR
code's address and by its code."""

import re

from django.core import mail

from tests.browser.conftest import assert_accessible, assert_fits_width, screenshot

COURSE = "/pt-br/capacitacao/enfrentamento-ao-trafico-de-pessoas-para-a-rede/"
PASSWORD = "uma-Senha-bem-longa-9"
RIGHT = {
    "o-que-e-trafico-de-pessoas": [
        "Ato, meio e finalidade de exploração",
        "Trabalho análogo ao de escravo",
        "Exploração sexual",
        "Não, pode acontecer dentro do país",
    ],
    "a-rede-de-enfrentamento": ["Disque 100", "Ligue 180", "A rede de assistência social"],
}
WRONG = ["Fronteira, documento e pagamento", "Viagem de turismo", "Sim, sempre"]


def check_page(page, name):
    assert_accessible(page)
    assert_fits_width(page)
    screenshot(page, f"training-{name}-360")


def answer(page, labels):
    for label in labels:
        page.get_by_label(label, exact=True).check()
    page.locator(".quiz-form button[type=submit]").click()


def read_lessons(page):
    while page.locator("a[rel=next]").count():
        page.locator("a[rel=next]").click()
    page.locator(".lesson-nav a.button--primary").click()  # to the quiz


def test_trainee_journey_on_a_phone(site, new_page, tmp_path):
    from training import certificates as service
    from training.models import Certificate

    mail.outbox.clear()
    page = new_page(width=360)
    page.goto(site.url + "/pt-br/accounts/signup/")
    check_page(page, "signup")
    page.fill("#id_email", "trainee@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.fill("#id_full_name", "Joana Pereira da Silva")
    page.select_option("#id_uf", "RR")
    page.select_option("#id_organisation_type", "network")
    page.check("#id_privacy")
    page.locator("form.training-form button[type=submit]").click()
    page.wait_for_load_state()
    screenshot(page, "training-verification-sent-360")

    body = mail.outbox[-1].body
    link = re.search(r"https?://\S+/confirm-email/\S+/", body).group(0)
    page.goto(site.url + "/" + link.split("/", 3)[3])
    check_page(page, "confirm-email")
    page.locator("form.training-form button[type=submit]").click()
    page.wait_for_load_state()

    page.goto(site.url + COURSE)
    page.get_by_role("button", name=re.compile("Enrol|Inscrever", re.I)).click()
    check_page(page, "course-enrolled")
    page.locator(".course-actions a.button--primary").click()
    check_page(page, "lesson")

    # First module: fail, then pass.
    read_lessons(page)
    check_page(page, "quiz")
    answer(page, WRONG)
    check_page(page, "quiz-failed")
    assert page.locator(".notice--error").count() == 1
    page.locator(".button-row a.button--primary").click()
    answer(page, RIGHT["o-que-e-trafico-de-pessoas"])
    check_page(page, "quiz-passed")
    assert page.locator(".notice--success").count() == 1
    page.locator(".button-row a.button--primary").click()  # back to the course

    # Second module, straight through; the course resumes there.
    page.locator(".course-actions a.button--primary").click()
    assert "/a-rede-de-enfrentamento/lesson/1/" in page.url
    read_lessons(page)
    answer(page, RIGHT["a-rede-de-enfrentamento"])
    page.locator(".button-row a.button--primary").click()
    page.locator(".course-actions button[type=submit]").click()

    # Evaluation.
    check_page(page, "evaluate")
    for radio_group in page.locator("fieldset.field--choices").all():
        radio_group.locator("input[type=radio][value='4']").check()
    page.locator("form.training-form button[type=submit]").click()
    check_page(page, "course-completed")

    with page.expect_download() as download_info:
        page.locator(".course-actions a.button--primary").click()
    pdf = tmp_path / "certificate.pdf"
    download_info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")

    certificate = Certificate.objects.get(holder_name="Joana Pereira da Silva")
    qr_path = "/" + service.verification_url(certificate).split("/", 3)[3]
    page.goto(site.url + qr_path)
    check_page(page, "certificate")
    assert certificate.sha256 in page.content()
    assert page.locator(".certificate__qr img").evaluate("img => img.naturalWidth") > 0

    page.goto(site.url + "/pt-br/training/verify/")
    page.fill("#id_code", certificate.code.lower())
    page.locator("form.verify-form button[type=submit]").click()
    page.wait_for_url(re.compile(f"/certificates/{certificate.pk}/"))
    assert "Joana Pereira da Silva" in page.content()

    page.goto(site.url + "/pt-br/training/verify/?code=ZZZZ-ZZZZ")
    check_page(page, "verify-not-found")
    assert page.get_by_role("alert").count() == 1
