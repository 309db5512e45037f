"""Keep items imported from a draft letter private when the draft is deleted.

`source_letter` is SET_NULL, and an item without a letter is visible to both
partners; so deleting a draft would show its imported items to the partner, who was
never meant to see them. Deleting a draft takes its imported items with it instead
(the partner never saw them, so nobody loses anything they shared).
"""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from midway.letters.models import Letter


@receiver(pre_delete, sender=Letter, dispatch_uid="together-draft-letter-deleted")
def delete_items_of_a_deleted_draft(sender, instance: Letter, **kwargs):
    if instance.status != Letter.DRAFT:
        return
    from midway.together.models import PhrasebookEntry, Question, ThingToTry

    for model in (Question, ThingToTry, PhrasebookEntry):
        model.objects.filter(source_letter=instance).delete()
