from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from training.cpf import digits, validate_cpf
from training.models import Profile
from training.models.trainees import ORGANISATION_TYPES, UF_CHOICES


class ProfileFieldsMixin:
    def _add_profile_fields(self):
        self.fields["full_name"] = forms.CharField(
            label=_("Full name"),
            max_length=150,
            help_text=_("Exactly as it should be printed on your certificates."),
            widget=forms.TextInput(attrs={"autocomplete": "name"}),
        )
        self.fields["uf"] = forms.ChoiceField(
            label=_("State (UF)"), choices=[("", "—"), *UF_CHOICES]
        )
        self.fields["organisation_type"] = forms.ChoiceField(
            label=_("Organisation type"), choices=[("", "—"), *ORGANISATION_TYPES]
        )
        self.fields["cpf"] = forms.CharField(
            label=_("CPF"),
            required=False,
            max_length=14,
            help_text=_("Only used to confirm your identity on certificates. Never shown whole."),
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        )

    def clean_cpf(self):
        value = self.cleaned_data.get("cpf", "")
        validate_cpf(value)
        return digits(value)


class SignupForm(ProfileFieldsMixin, AllauthSignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._add_profile_fields()
        self.fields["privacy"] = forms.BooleanField(
            label=_("I have read the privacy notice and agree to my data being used for this"),
            required=True,
        )

    def save(self, request):
        user = super().save(request)
        Profile.objects.create(
            user=user,
            full_name=self.cleaned_data["full_name"],
            uf=self.cleaned_data["uf"],
            organisation_type=self.cleaned_data["organisation_type"],
            cpf=self.cleaned_data["cpf"],
            language=translation.get_language(),
        )
        return user


class ProfileForm(ProfileFieldsMixin, forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["uf", "organisation_type"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._add_profile_fields()
        self.fields["full_name"].initial = self.instance.full_name
        # The stored CPF never goes back to the browser: the field is for a new one.
        self.fields["cpf"].help_text = (
            _("Saved: %(masked)s. Type a new one to replace it.")
            % {"masked": self.instance.masked_cpf}
            if self.instance.cpf
            else self.fields["cpf"].help_text
        )
        self.order_fields(["full_name", "uf", "organisation_type", "cpf"])

    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.full_name = self.cleaned_data["full_name"]
        if self.cleaned_data["cpf"]:
            profile.cpf = self.cleaned_data["cpf"]
        if commit:
            profile.save()
        return profile


RATINGS = [(value, str(value)) for value in range(1, 6)]


def rating_field(label):
    return forms.TypedChoiceField(
        label=label, choices=RATINGS, coerce=int, widget=forms.RadioSelect
    )


class EvaluationForm(forms.Form):
    def __init__(self, *args, trainers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["overall"] = rating_field(_("Overall, how good was the course?"))
        self.fields["content"] = rating_field(_("How clear and correct was the content?"))
        self.fields["usefulness"] = rating_field(_("How useful is it for your work?"))
        self.fields["comment"] = forms.CharField(
            label=_("Comment"), required=False, max_length=2000, widget=forms.Textarea
        )
        self.trainers = list(trainers)
        for trainer in self.trainers:
            self.fields[f"trainer-{trainer.pk}-knowledge"] = rating_field(
                _("%(name)s: knowledge of the subject") % {"name": trainer.name}
            )
            self.fields[f"trainer-{trainer.pk}-clarity"] = rating_field(
                _("%(name)s: clarity") % {"name": trainer.name}
            )
            self.fields[f"trainer-{trainer.pk}-comment"] = forms.CharField(
                label=_("%(name)s: comment") % {"name": trainer.name},
                required=False,
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def course_fields(self):
        return [self[name] for name in ("overall", "content", "usefulness", "comment")]

    def trainer_groups(self):
        return [
            (
                trainer,
                [
                    self[f"trainer-{trainer.pk}-{part}"]
                    for part in ("knowledge", "clarity", "comment")
                ],
            )
            for trainer in self.trainers
        ]


class VerifyCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Certificate code"),
        max_length=12,
        help_text=_("The code printed on the certificate, like ABCD-2345."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and my data will be erased for good"),
        required=True,
    )
