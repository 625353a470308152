from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "sendhealth.training"
    label = "training"
    verbose_name = "Training for health staff"
