"""Deleting a draft letter takes the appreciations imported from it (see together.signals)."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from midway.letters.models import Letter


@receiver(pre_delete, sender=Letter, dispatch_uid="appreciations-draft-letter-deleted")
def delete_appreciations_of_a_deleted_draft(sender, instance: Letter, **kwargs):
    if instance.status != Letter.DRAFT:
        return
    from midway.appreciations.models import Appreciation

    Appreciation.objects.filter(source_letter=instance).delete()
