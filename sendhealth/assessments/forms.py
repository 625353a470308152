"""The SEN2 upload form and the link form of the unmatched queue."""

from __future__ import annotations

from django import forms

from sendhealth.assessments import codelists

MAX_BYTES = 500 * 1024 * 1024


class UploadForm(forms.Form):
    collection_year = forms.TypedChoiceField(
        label="Collection year",
        coerce=int,
        choices=[(y, f"SEN2 {y}") for y in codelists.years()],
        error_messages={"required": "Select the collection year"},
    )
    file = forms.FileField(
        label="The return",
        help_text="A ZIP of the COLLECT Blade CSV files (one per module) or the DfE "
        "pre-submission workbook (XLSX)",
        error_messages={"required": "Select the file of your SEN2 return"},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError("The file must be smaller than 500 MB")
        head = upload.read(4)
        upload.seek(0)
        if head != b"PK\x03\x04":
            raise forms.ValidationError(
                "The file must be a ZIP of Blade CSV files or an Excel workbook (XLSX)"
            )
        return upload


class LinkForm(forms.Form):
    nhs_number = forms.CharField(
        label="NHS number of the child in the children's register",
        max_length=12,
        error_messages={"required": "Enter the child's NHS number"},
    )
