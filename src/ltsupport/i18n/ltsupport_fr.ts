<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>One concrete step, and who will take it. Fields marked * are required.</source>
        <translation>Une étape concrète, et qui s&apos;en charge. Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>for example Visit two apartments</source>
        <translation>par exemple Visiter deux appartements</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>No linked service</source>
        <translation>Aucun service lié</translation>
    </message>
    <message>
        <source>&amp;What *</source>
        <translation>&amp;Quoi *</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>Q&amp;ui</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Required when an organisation will do it (unless a service is linked).</source>
        <translation>Obligatoire si un organisme s&apos;en charge (sauf si un service est lié).</translation>
    </message>
    <message>
        <source>Name of the organisation or person</source>
        <translation>Nom de l&apos;organisme ou de la personne</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Date prévue</translation>
    </message>
    <message>
        <source>&amp;Linked service</source>
        <translation>Service &amp;lié</translation>
    </message>
    <message>
        <source>Linked service from the catalogue</source>
        <translation>Service lié du répertoire</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>Keep the action short (1,000 characters at most).</source>
        <translation>Gardez l&apos;action courte (1&#xa0;000 caractères au maximum).</translation>
    </message>
    <message>
        <source>Name the organisation that will do this.</source>
        <translation>Nommez l&apos;organisme qui s&apos;en chargera.</translation>
    </message>
    <message>
        <source>Please correct the problems shown before saving.</source>
        <translation>Veuillez corriger les problèmes indiqués avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This plan or action no longer exists. Nothing was saved.</source>
        <translation>Ce plan ou cette action n&apos;existe plus. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>Abandonner cette action?</translation>
    </message>
    <message>
        <source>Close without saving? What you typed in this action will be lost.</source>
        <translation>Fermer sans enregistrer? Ce que vous avez saisi pour cette action sera perdu.</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No actions yet. Add the first step the person wants to take.</source>
        <translation>Aucune action pour l&apos;instant. Ajoutez la première étape que la personne veut franchir.</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Ajouter une action…</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>Modifier l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marquer l&apos;action sélectionnée comme faite</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Retirer l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Remove this action?</source>
        <translation>Retirer cette action?</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du plan?</translation>
    </message>
    <message>
        <source>Action not found</source>
        <translation>Action introuvable</translation>
    </message>
    <message>
        <source>This action no longer exists. The list has been read again.</source>
        <translation>Cette action n&apos;existe plus. La liste a été actualisée.</translation>
    </message>
</context>
<context>
    <name>AgencyKeyDialog</name>
    <message>
        <source>This agency&apos;s public key</source>
        <translation>Clé publique de cet organisme</translation>
    </message>
    <message>
        <source>Give this public key to other agencies: they encrypt the case summaries they send you to it, and only this vault can open them. It is safe to share by email or on paper. The matching private key never leaves the encrypted vault.</source>
        <translation>Donnez cette clé publique aux autres organismes&#xa0;: ils s&apos;en servent pour chiffrer les résumés de dossier qu&apos;ils vous envoient, et seul ce coffre peut les ouvrir. Vous pouvez la communiquer sans risque par courriel ou sur papier. La clé privée correspondante ne quitte jamais le coffre chiffré.</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Clé &amp;publique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the public key</source>
        <translation>Copier la clé publique</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>The person&apos;s self-care plan, in their own words</source>
        <translation>Le plan d&apos;autosoins de la personne, dans ses propres mots</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s copy, as written here.</source>
        <translation>Imprimé sur la copie remise à la personne, tel qu&apos;écrit ici.</translation>
    </message>
    <message>
        <source>Questions to talk through</source>
        <translation>Questions à aborder ensemble</translation>
    </message>
    <message>
        <source>At the person&apos;s pace: they choose what to talk about.</source>
        <translation>Au rythme de la personne&#xa0;: c&apos;est elle qui choisit de quoi parler.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where things stand for this area.</source>
        <translation>Où en sont les choses dans ce domaine.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Goal, in the person&apos;s own words</source>
        <translation>O&amp;bjectif, dans les mots de la personne</translation>
    </message>
    <message>
        <source>Goal, in the person&apos;s own words</source>
        <translation>Objectif, dans les mots de la personne</translation>
    </message>
    <message>
        <source>In the person&apos;s words, for example: “I want to …”</source>
        <translation>Dans les mots de la personne, par exemple&#xa0;: «&#xa0;Je veux…&#xa0;»</translation>
    </message>
    <message>
        <source>Write it as the person says it. It is printed on their copy of the plan.</source>
        <translation>Écrivez-le comme la personne le dit. Il est imprimé sur sa copie du plan.</translation>
    </message>
    <message>
        <source>Problem with the goal</source>
        <translation>Problème dans l&apos;objectif</translation>
    </message>
    <message>
        <source>Worker notes — never printed on the client&apos;s copy</source>
        <translation>Notes du personnel — jamais imprimées sur la copie de la personne</translation>
    </message>
    <message>
        <source>For staff only. Left out of the plan printed for the person.</source>
        <translation>Pour le personnel seulement. Exclues du plan imprimé pour la personne.</translation>
    </message>
    <message>
        <source>Problem with the worker notes</source>
        <translation>Problème dans les notes du personnel</translation>
    </message>
    <message>
        <source>&amp;Worker notes — never printed on the client&apos;s copy</source>
        <translation>&amp;Notes du personnel — jamais imprimées sur la copie de la personne</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>None of this is printed on the client&apos;s copy.</source>
        <translation>Rien de ceci n&apos;est imprimé sur la copie de la personne.</translation>
    </message>
    <message>
        <source>staff only</source>
        <translation>personnel seulement</translation>
    </message>
    <message>
        <source>These details are printed on the client&apos;s copy.</source>
        <translation>Ces détails sont imprimés sur la copie de la personne.</translation>
    </message>
    <message>
        <source>Only some of these details are printed on the client&apos;s copy.</source>
        <translation>Seuls certains de ces détails sont imprimés sur la copie de la personne.</translation>
    </message>
    <message>
        <source>This page could not be saved yet. Please correct what is shown.</source>
        <translation>Cette page n&apos;a pas encore pu être enregistrée. Veuillez corriger ce qui est indiqué.</translation>
    </message>
</context>
<context>
    <name>CaseExportDialog</name>
    <message>
        <source>Export the case summary</source>
        <translation>Exporter le résumé de dossier</translation>
    </message>
    <message>
        <source>The file holds the whole case and a summary PDF, encrypted. Only the receiving agency can open it, with the passphrase or with their own key.</source>
        <translation>Le fichier contient tout le dossier et un résumé en PDF, chiffrés. Seul l&apos;organisme destinataire peut l&apos;ouvrir, avec la phrase de passe ou avec sa propre clé.</translation>
    </message>
    <message>
        <source>Receiving organisation</source>
        <translation>Organisme destinataire</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Consentement au partage</translation>
    </message>
    <message>
        <source>Problem with the receiving organisation</source>
        <translation>Problème dans le champ Organisme destinataire</translation>
    </message>
    <message>
        <source>Without a recorded consent, you can still export for a reason you give here (for example, a court order). The reason is kept in the vault and recorded in the audit log.</source>
        <translation>Sans consentement enregistré, vous pouvez quand même exporter pour un motif que vous indiquez ici (par exemple, une ordonnance du tribunal). Le motif est conservé dans le coffre et inscrit dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reason to export without consent</source>
        <translation>Motif d&apos;exportation sans consentement</translation>
    </message>
    <message>
        <source>&amp;Reason for the override:</source>
        <translation>&amp;Motif de la dérogation&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypt with a &amp;passphrase</source>
        <translation>Chiffrer avec une &amp;phrase de passe</translation>
    </message>
    <message>
        <source>Encrypt to the agency&apos;s public &amp;key(s)</source>
        <translation>Chiffrer avec la ou les &amp;clés publiques de l&apos;organisme</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Phrase de passe de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export passphrase again</source>
        <translation>Confirmation de la phrase de passe de l&apos;exportation</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Problem with the export passphrase</source>
        <translation>Problème dans la phrase de passe de l&apos;exportation</translation>
    </message>
    <message>
        <source>The agency&apos;s public keys</source>
        <translation>Clés publiques de l&apos;organisme</translation>
    </message>
    <message>
        <source>One age public key (age1…) per line.</source>
        <translation>Une clé publique age (age1…) par ligne.</translation>
    </message>
    <message>
        <source>Problem with the public keys</source>
        <translation>Problème dans les clés publiques</translation>
    </message>
    <message>
        <source>Folder for the file</source>
        <translation>Dossier de destination du fichier</translation>
    </message>
    <message>
        <source>The file is named with the case code and today&apos;s date.</source>
        <translation>Le nom du fichier comprend le code de dossier et la date du jour.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Problem with the folder</source>
        <translation>Problème dans le dossier de destination</translation>
    </message>
    <message>
        <source>Receiving &amp;organisation:</source>
        <translation>&amp;Organisme destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>Phr&amp;ase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>Public ke&amp;ys:</source>
        <translation>Clés p&amp;ubliques&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier de destination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Name the organisation that receives the case.</source>
        <translation>Nommez l&apos;organisme qui recevra le dossier.</translation>
    </message>
    <message>
        <source>There is no recorded consent to share this case with {org}. Record the person&apos;s consent first, or give a reason to export without it.</source>
        <translation>Aucun consentement au partage de ce dossier avec {org} n&apos;est enregistré. Enregistrez d&apos;abord le consentement de la personne, ou indiquez un motif pour exporter sans consentement.</translation>
    </message>
    <message>
        <source>The person consented to sharing with {org}.</source>
        <translation>La personne a consenti au partage avec {org}.</translation>
    </message>
    <message>
        <source>Use at least {count} characters. Several unrelated words work well.</source>
        <translation>Utilisez au moins {count} caractères. Plusieurs mots sans lien entre eux fonctionnent bien.</translation>
    </message>
    <message>
        <source>Too short: use at least {count} characters.</source>
        <translation>Trop courte&#xa0;: utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Too easy to guess: add another word or two.</source>
        <translation>Trop facile à deviner&#xa0;: ajoutez un ou deux mots.</translation>
    </message>
    <message>
        <source>Strong enough for a file that leaves the agency.</source>
        <translation>Assez robuste pour un fichier qui quitte l&apos;organisme.</translation>
    </message>
    <message>
        <source>Choose the folder for the case file</source>
        <translation>Choisir l&apos;emplacement du fichier de dossier</translation>
    </message>
    <message>
        <source>Choose the folder to write the file in.</source>
        <translation>Choisissez le dossier où écrire le fichier.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Paste the agency&apos;s public key (age1…).</source>
        <translation>Collez la clé publique de l&apos;organisme (age1…).</translation>
    </message>
    <message>
        <source>An export passphrase needs at least {count} characters. Several unrelated words work well.</source>
        <translation>Une phrase de passe d&apos;exportation doit compter au moins {count} caractères. Plusieurs mots sans lien entre eux fonctionnent bien.</translation>
    </message>
    <message>
        <source>This export passphrase is too easy to guess. Use several unrelated words, or encrypt to the receiving agency&apos;s public key.</source>
        <translation>Cette phrase de passe d&apos;exportation est trop facile à deviner. Utilisez plusieurs mots sans lien entre eux, ou chiffrez avec la clé publique de l&apos;organisme destinataire.</translation>
    </message>
    <message>
        <source>At most 20 public keys.</source>
        <translation>20 clés publiques au maximum.</translation>
    </message>
    <message>
        <source>Each line must be an age public key (it starts with age1…). Ask the receiving agency for theirs.</source>
        <translation>Chaque ligne doit être une clé publique age (elle commence par age1…). Demandez la sienne à l&apos;organisme destinataire.</translation>
    </message>
    <message>
        <source>Encrypting… this takes a few seconds and cannot be stopped part-way.</source>
        <translation>Chiffrement… cela prend quelques secondes et ne peut pas être interrompu en cours de route.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Chiffrement…</translation>
    </message>
    <message>
        <source>The case summary was written to {path}</source>
        <translation>Le résumé de dossier a été écrit dans {path}</translation>
    </message>
    <message>
        <source>There is no recorded consent to share with this organisation.</source>
        <translation>Aucun consentement au partage avec cet organisme n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>A file named {name} is already there; choose another folder.</source>
        <translation>Un fichier nommé {name} s&apos;y trouve déjà; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The file was not written: {reason}</source>
        <translation>Le fichier n&apos;a pas été écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The file could not be written (is the disk full or read-only?).</source>
        <translation>Le fichier n&apos;a pas pu être écrit (le disque est-il plein ou en lecture seule?).</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
</context>
<context>
    <name>CaseFileMessages</name>
    <message>
        <source>The passphrase is wrong, or the file is damaged or incomplete. Nothing was imported.</source>
        <translation>La phrase de passe est incorrecte, ou le fichier est endommagé ou incomplet. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This file was not encrypted to this agency&apos;s key, or it is damaged or incomplete. Nothing was imported.</source>
        <translation>Ce fichier n&apos;a pas été chiffré avec la clé de cet organisme, ou il est endommagé ou incomplet. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase; give it to open it.</source>
        <translation>Ce fichier est protégé par une phrase de passe; saisissez-la pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This is not an age-encrypted case file, or it is damaged.</source>
        <translation>Ce n&apos;est pas un fichier de dossier chiffré avec age, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged.</source>
        <translation>L&apos;en-tête du fichier est endommagé.</translation>
    </message>
    <message>
        <source>The file&apos;s header has too many entries; refused.</source>
        <translation>L&apos;en-tête du fichier contient trop d&apos;entrées; fichier refusé.</translation>
    </message>
    <message>
        <source>The file&apos;s header has more than one passphrase entry; refused.</source>
        <translation>L&apos;en-tête du fichier contient plus d&apos;une entrée de phrase de passe; fichier refusé.</translation>
    </message>
    <message>
        <source>The file&apos;s header mixes a passphrase with keys; refused.</source>
        <translation>L&apos;en-tête du fichier mélange une phrase de passe et des clés; fichier refusé.</translation>
    </message>
    <message>
        <source>This is an armored (text) age file; ask for the binary .age file.</source>
        <translation>C&apos;est un fichier age en format texte (armored); demandez le fichier .age binaire.</translation>
    </message>
    <message>
        <source>The file&apos;s content is damaged. Nothing was imported.</source>
        <translation>Le contenu du fichier est endommagé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file does not hold a case summary. Nothing was imported.</source>
        <translation>Le fichier ne contient pas de résumé de dossier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A part of the file is too large; refused.</source>
        <translation>Une partie du fichier est trop volumineuse; fichier refusé.</translation>
    </message>
    <message>
        <source>The file&apos;s manifest is not an ltsupport case manifest.</source>
        <translation>Le manifeste du fichier n&apos;est pas un manifeste de dossier ltsupport.</translation>
    </message>
    <message>
        <source>The file&apos;s manifest is damaged. Nothing was imported.</source>
        <translation>Le manifeste du fichier est endommagé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file uses a case format version this app cannot read. Update ltsupport, or ask for the file again. Nothing was imported.</source>
        <translation>Le fichier utilise une version du format de dossier que cette application ne peut pas lire. Mettez ltsupport à jour, ou demandez de nouveau le fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Part of the file was changed after it was made. Nothing was imported.</source>
        <translation>Une partie du fichier a été modifiée après sa création. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file asks for more work or memory than this app allows; refused.</source>
        <translation>Le fichier exige plus de calcul ou de mémoire que cette application ne le permet; fichier refusé.</translation>
    </message>
    <message>
        <source>The case in the file does not follow the case format. Nothing was imported.</source>
        <translation>Le dossier contenu dans le fichier ne respecte pas le format de dossier. Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Import a case summary</source>
        <translation>Importer un résumé de dossier</translation>
    </message>
    <message>
        <source>Open a case file (.ltcase.age) from another agency. It is checked and shown to you before anything is imported.</source>
        <translation>Ouvrez un fichier de dossier (.ltcase.age) provenant d&apos;un autre organisme. Il est vérifié et vous est présenté avant toute importation.</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Fichier de dossier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>The file&apos;s passphrase</source>
        <translation>Phrase de passe du fichier</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>This file is encrypted to this agency&apos;s key.</source>
        <translation>Ce fichier est chiffré avec la clé de cet organisme.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Problem with the case file</source>
        <translation>Problème dans le fichier de dossier</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>Fields that change</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Fields that &amp;change:</source>
        <translation>&amp;Champs modifiés&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Case &amp;file:</source>
        <translation>&amp;Fichier de dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Import as a &amp;new client</source>
        <translation>Importer comme &amp;nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Update the existing client</source>
        <translation>&amp;Mettre à jour le dossier existant</translation>
    </message>
    <message>
        <source>Choose the case file</source>
        <translation>Choisir le fichier de dossier</translation>
    </message>
    <message>
        <source>Case files (*.age)</source>
        <translation>Fichiers de dossier (*.age)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Decrypting and checking the file… this takes a few seconds.</source>
        <translation>Déchiffrement et vérification du fichier… cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening the case file</source>
        <translation>Ouverture du fichier de dossier</translation>
    </message>
    <message>
        <source>Opening the file was cancelled. Nothing was imported.</source>
        <translation>L&apos;ouverture du fichier a été annulée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was imported.</source>
        <translation>Le fichier n&apos;a pas pu être lu. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file could not be opened. Nothing was imported.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Case code: {code}</source>
        <translation>Code de dossier&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Preferred name: {name}</source>
        <translation>Nom choisi&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Consents: {n}</source>
        <translation>Consentements&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Actions: {n}</source>
        <translation>Actions&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Referrals: {n}</source>
        <translation>Orientations&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Contacts: {n}</source>
        <translation>Contacts&#xa0;: {n}</translation>
    </message>
    <message>
        <source>A client with this case code is already here: importing updates that record ({count} field(s) change).</source>
        <translation>Un dossier portant ce code existe déjà ici&#xa0;: l&apos;importation le mettra à jour ({count} champ(s) modifié(s)).</translation>
    </message>
    <message>
        <source>This is a new client here: importing adds them.</source>
        <translation>Cette personne n&apos;a pas encore de dossier ici&#xa0;: l&apos;importation l&apos;ajoutera.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Aucun avertissement.</translation>
    </message>
    <message>
        <source>The referral to “{name}” is skipped: that resource is not in this catalogue (the summary PDF in the file still shows it).</source>
        <translation>L&apos;orientation vers «&#xa0;{name}&#xa0;» est ignorée&#xa0;: cette ressource ne figure pas dans ce répertoire (le résumé PDF du fichier l&apos;indique quand même).</translation>
    </message>
    <message>
        <source>Updated client {code}.</source>
        <translation>Dossier {code} mis à jour.</translation>
    </message>
    <message>
        <source>Imported new client {code}.</source>
        <translation>Nouveau dossier {code} importé.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Add a &amp;local resource…</source>
        <translation>Ajouter une ressource &amp;locale…</translation>
    </message>
    <message>
        <source>Add a local resource</source>
        <translation>Ajouter une ressource locale</translation>
    </message>
    <message>
        <source>Search the catalogue: a name, a service, a language, a place</source>
        <translation>Chercher dans le répertoire&#xa0;: un nom, un service, une langue, un lieu</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Chercher dans le répertoire</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>All needs areas</source>
        <translation>Tous les domaines de besoin</translation>
    </message>
    <message>
        <source>Needs area</source>
        <translation>Domaine de besoin</translation>
    </message>
    <message>
        <source>Needs &amp;area:</source>
        <translation>&amp;Domaine de besoin&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>City, or ON, QC…</source>
        <translation>Ville, ou ON, QC…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>A city, or a province or territory code such as ON or QC.</source>
        <translation>Une ville, ou un code de province ou de territoire comme ON ou QC.</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>L&amp;ieu&#xa0;:</translation>
    </message>
    <message>
        <source>Number of resources shown</source>
        <translation>Nombre de ressources affichées</translation>
    </message>
    <message>
        <source>Resources found</source>
        <translation>Ressources trouvées</translation>
    </message>
    <message>
        <source>No resources to show</source>
        <translation>Aucune ressource à afficher</translation>
    </message>
    <message>
        <source>Add a local resource…</source>
        <translation>Ajouter une ressource locale…</translation>
    </message>
    <message>
        <source>Details of the selected resource</source>
        <translation>Détails de la ressource sélectionnée</translation>
    </message>
    <message>
        <source>Choose a resource in the list to see its details.</source>
        <translation>Choisissez une ressource dans la liste pour en voir les détails.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected resource</source>
        <translation>Modifier la ressource sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected resource</source>
        <translation>Supprimer la ressource sélectionnée</translation>
    </message>
    <message>
        <source>C&amp;opy contact details</source>
        <translation>Co&amp;pier les coordonnées</translation>
    </message>
    <message>
        <source>Copy contact details</source>
        <translation>Copier les coordonnées</translation>
    </message>
    <message>
        <source>Copies the name, phone, e-mail, website and address as plain text.</source>
        <translation>Copie le nom, le téléphone, le courriel, le site Web et l&apos;adresse en texte brut.</translation>
    </message>
    <message>
        <source>&amp;Refer a client…</source>
        <translation>&amp;Orienter une personne…</translation>
    </message>
    <message>
        <source>Refer a client to the selected resource</source>
        <translation>Orienter une personne vers la ressource sélectionnée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>The first %1 resources: type more to narrow the search.</source>
        <translation>Les %1 premières ressources&#xa0;: tapez d&apos;autres mots pour préciser la recherche.</translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 ressource</translation>
    </message>
    <message>
        <source>%1 resources</source>
        <translation>%1 ressources</translation>
    </message>
    <message>
        <source>No %1 in the catalogue yet. Add the services you know in your area with Add a local resource…</source>
        <translation>Aucune ressource «&#xa0;%1&#xa0;» dans le répertoire pour l&apos;instant. Ajoutez les services que vous connaissez dans votre région avec Ajouter une ressource locale…</translation>
    </message>
    <message>
        <source>The catalogue is empty. Add the services you know in your area with Add a local resource…</source>
        <translation>Le répertoire est vide. Ajoutez les services que vous connaissez dans votre région avec Ajouter une ressource locale…</translation>
    </message>
    <message>
        <source>No resources match this search. Check the spelling, try another word, or clear the filters.</source>
        <translation>Aucune ressource ne correspond à cette recherche. Vérifiez l&apos;orthographe, essayez un autre mot ou effacez les filtres.</translation>
    </message>
    <message>
        <source>Resources that came with the app cannot be deleted; edit them instead.</source>
        <translation>Les ressources fournies avec l&apos;application ne peuvent pas être supprimées; modifiez-les plutôt.</translation>
    </message>
    <message>
        <source>These details have never been checked.</source>
        <translation>Ces renseignements n&apos;ont jamais été vérifiés.</translation>
    </message>
    <message>
        <source>Last checked on %1.</source>
        <translation>Dernière vérification le %1.</translation>
    </message>
    <message>
        <source>Not verified in the last 12 months: check before referring.</source>
        <translation>Non vérifiée au cours des 12 derniers mois&#xa0;: vérifiez-la avant d&apos;orienter quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Vérifiée le %1</translation>
    </message>
    <message>
        <source>Checked within the last 12 months.</source>
        <translation>Vérifiée au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Needs areas</source>
        <translation>Domaines de besoin</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Services offerts</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Information comes from</source>
        <translation>Source des renseignements</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>Dans le répertoire</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>Delete this resource?</source>
        <translation>Supprimer cette ressource?</translation>
    </message>
    <message>
        <source>Delete %1 from the catalogue? This cannot be undone.</source>
        <translation>Supprimer %1 du répertoire? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Resource not deleted</source>
        <translation>Ressource non supprimée</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>This resource is used by %n referral(s), so it cannot be deleted.</source>
        <translation>
            <numerusform>Cette ressource est utilisée par %n orientation; elle ne peut donc pas être supprimée.</numerusform>
            <numerusform>Cette ressource est utilisée par %n orientations; elle ne peut donc pas être supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources that came with the app cannot be deleted. Edit them instead.</source>
        <translation>Les ressources fournies avec l&apos;application ne peuvent pas être supprimées. Modifiez-les plutôt.</translation>
    </message>
    <message>
        <source>Contact details copied. Paste them where you need them.</source>
        <translation>Coordonnées copiées. Collez-les là où vous en avez besoin.</translation>
    </message>
    <message>
        <source>Referral saved. It is listed on the client&apos;s Referrals tab.</source>
        <translation>Orientation enregistrée. Elle figure dans l&apos;onglet Orientations du dossier.</translation>
    </message>
</context>
<context>
    <name>CatalogueSearchDialog</name>
    <message>
        <source>Link a catalogue entry</source>
        <translation>Lier une fiche du répertoire</translation>
    </message>
    <message>
        <source>A name, a service or a place</source>
        <translation>Un nom, un service ou un lieu</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue:</source>
        <translation>&amp;Chercher dans le répertoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Uniquement la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Only entries for %1</source>
        <translation>&amp;Uniquement les fiches du pays %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Catalogue entries found</source>
        <translation>Fiches trouvées dans le répertoire</translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or untick the filter.</source>
        <translation>Aucun résultat. Essayez d&apos;autres mots ou décochez le filtre.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Link the selected entry to this step</source>
        <translation>Lier la fiche sélectionnée à cette étape</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>for example TR-2026-014</source>
        <translation>par exemple TR-2026-014</translation>
    </message>
    <message>
        <source>for example tl, en</source>
        <translation>par exemple tl, en</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>&amp;Case code *</source>
        <translation>&amp;Code de dossier *</translation>
    </message>
    <message>
        <source>&amp;Preferred name *</source>
        <translation>&amp;Nom choisi *</translation>
    </message>
    <message>
        <source>The name the person wants to be called.</source>
        <translation>Le nom par lequel la personne souhaite qu&apos;on l&apos;appelle.</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>Nom &amp;légal</translation>
    </message>
    <message>
        <source>Only needed for official documents. Leave it empty otherwise.</source>
        <translation>Seulement pour les documents officiels. Sinon, laissez ce champ vide.</translation>
    </message>
    <message>
        <source>Lan&amp;guages spoken</source>
        <translation>Lan&amp;gues parlées</translation>
    </message>
    <message>
        <source>Language codes separated by commas.</source>
        <translation>Codes de langue séparés par des virgules.</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>Langue des &amp;documents</translation>
    </message>
    <message>
        <source>The language of the plan printed for the person.</source>
        <translation>La langue du plan imprimé remis à la personne.</translation>
    </message>
    <message>
        <source>C&amp;ountry of origin</source>
        <translation>Pa&amp;ys d&apos;origine</translation>
    </message>
    <message>
        <source>Two-letter country code, for example PH, MX or UA.</source>
        <translation>Code de pays à deux lettres, par exemple PH, MX ou UA.</translation>
    </message>
    <message>
        <source>Expiry date &amp;known</source>
        <translation>Date d&apos;e&amp;xpiration connue</translation>
    </message>
    <message>
        <source>Permit expiry date</source>
        <translation>Date d&apos;expiration du permis</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <source>&amp;Immigration status</source>
        <translation>&amp;Statut d&apos;immigration</translation>
    </message>
    <message>
        <source>Permit e&amp;xpiry</source>
        <translation>Expiration du &amp;permis</translation>
    </message>
    <message>
        <source>Only for a temporary resident permit for victims of trafficking.</source>
        <translation>Seulement pour un permis de séjour temporaire pour les victimes de la traite de personnes (PST).</translation>
    </message>
    <message>
        <source>How and when it is safe to contact the person. For example: text only, weekdays 9 to 5; never leave a voicemail.</source>
        <translation>Comment et quand il est sécuritaire de joindre la personne. Par exemple&#xa0;: textos seulement, en semaine de 9 h à 17 h; ne jamais laisser de message vocal.</translation>
    </message>
    <message>
        <source>Contact and case</source>
        <translation>Contact et dossier</translation>
    </message>
    <message>
        <source>Sa&amp;fe contact</source>
        <translation>C&amp;ontact sécuritaire</translation>
    </message>
    <message>
        <source>Who may call or write, how, and at what times. Shown to staff only.</source>
        <translation>Qui peut appeler ou écrire, de quelle façon et à quels moments. Visible par le personnel seulement.</translation>
    </message>
    <message>
        <source>Assigned &amp;worker</source>
        <translation>Personne &amp;intervenante</translation>
    </message>
    <message>
        <source>In&amp;take date</source>
        <translation>Date d&apos;acc&amp;ueil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problème dans le champ %1</translation>
    </message>
    <message>
        <source>A case code is required.</source>
        <translation>Le code de dossier est obligatoire.</translation>
    </message>
    <message>
        <source>A case code has 2 to 32 letters, digits or dashes (for example TR-2026-014).</source>
        <translation>Un code de dossier compte de 2 à 32 lettres, chiffres ou traits d&apos;union (par exemple TR-2026-014).</translation>
    </message>
    <message>
        <source>Another client already has this case code. Choose a different one.</source>
        <translation>Ce code de dossier est déjà utilisé. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A preferred name is required.</source>
        <translation>Le nom choisi est obligatoire.</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>Le nom est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>Documents can be in English or French.</source>
        <translation>Les documents peuvent être en anglais ou en français.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, for example PH, MX or UA.</source>
        <translation>Utilisez le code de pays à deux lettres, par exemple PH, MX ou UA.</translation>
    </message>
    <message>
        <source>Use language codes separated by commas, for example en, fr, es, tl.</source>
        <translation>Utilisez des codes de langue séparés par des virgules, par exemple en, fr, es, tl.</translation>
    </message>
    <message>
        <source>The intake date cannot be in the future.</source>
        <translation>La date d&apos;accueil ne peut pas être une date future.</translation>
    </message>
    <message>
        <source>Please correct 1 problem before saving.</source>
        <translation>Veuillez corriger 1 problème avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Please correct %1 problems before saving.</source>
        <translation>Veuillez corriger %1 problèmes avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>This client no longer exists. Nothing was saved.</source>
        <translation>Ce dossier n&apos;existe plus. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications?</translation>
    </message>
    <message>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Fermer sans enregistrer? Ce que vous avez saisi sera perdu.</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <source>← &amp;Back to Today</source>
        <translation>← &amp;Retour à Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Retour à Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>← &amp;Back to clients</source>
        <translation>← &amp;Retour aux dossiers</translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation>Retour aux dossiers</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Code de dossier</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom choisi</translation>
    </message>
    <message>
        <source>Pr&amp;int the plan…</source>
        <translation>Imprimer ou enre&amp;gistrer le plan…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Imprimer le plan</translation>
    </message>
    <message>
        <source>E&amp;xport case summary…</source>
        <translation>E&amp;xporter le résumé de dossier…</translation>
    </message>
    <message>
        <source>Export the case summary</source>
        <translation>Exporter le résumé de dossier</translation>
    </message>
    <message>
        <source>This client no longer exists. Go back to the list of clients.</source>
        <translation>Ce dossier n&apos;existe plus. Retournez à la liste des dossiers.</translation>
    </message>
    <message>
        <source>Sections of the client&apos;s record</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Consents</source>
        <translation>Co&amp;nsentements</translation>
    </message>
    <message>
        <source>Case &amp;status</source>
        <translation>Statut du &amp;dossier</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>Or&amp;ientations</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Return &amp;home</source>
        <translation>Retour au pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Statut d&apos;immigration</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Expiration du permis</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contact sécuritaire</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>Personne intervenante</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date d&apos;accueil</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Fermé le</translation>
    </message>
    <message>
        <source>What the person has agreed to. A withdrawn consent stays in the list, marked withdrawn, so the history is clear.</source>
        <translation>Ce à quoi la personne a consenti. Un consentement retiré reste dans la liste, marqué comme retiré, pour que l&apos;historique soit clair.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Retirer le consentement sélectionné</translation>
    </message>
    <message>
        <source>No consent recorded yet. Use Record consent… after talking with the person.</source>
        <translation>Aucun consentement enregistré pour l&apos;instant. Utilisez Enregistrer un consentement… après en avoir parlé avec la personne.</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>&amp;Fermer le dossier…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;Archive case…</source>
        <translation>&amp;Archiver le dossier…</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation>Archiver le dossier</translation>
    </message>
    <message>
        <source>Re&amp;open case…</source>
        <translation>R&amp;ouvrir le dossier…</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Rouvrir le dossier</translation>
    </message>
    <message>
        <source>Support has ended. A closed case can be reopened later.</source>
        <translation>L&apos;accompagnement est terminé. Un dossier fermé peut être rouvert plus tard.</translation>
    </message>
    <message>
        <source>Keep a closed case out of everyday lists. It stays in the vault and can be reopened.</source>
        <translation>Retirer un dossier fermé des listes courantes. Il reste dans le coffre et peut être rouvert.</translation>
    </message>
    <message>
        <source>Make the case active again.</source>
        <translation>Rendre le dossier de nouveau actif.</translation>
    </message>
    <message>
        <source>Services this person was referred to, or that were suggested, and where each referral stands. A referral needs the person&apos;s consent to share information with the organisation.</source>
        <translation>Les services vers lesquels la personne a été orientée, ou qui lui ont été suggérés, et où en est chaque orientation. Une orientation exige le consentement de la personne au partage de renseignements avec l&apos;organisme.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>No referrals yet. Use Refer to a resource… to suggest a service or to refer the person to one.</source>
        <translation>Aucune orientation pour l&apos;instant. Utilisez Orienter vers une ressource… pour suggérer un service à la personne ou l&apos;y orienter.</translation>
    </message>
    <message>
        <source>Notes on the selected referral</source>
        <translation>Notes sur l&apos;orientation sélectionnée</translation>
    </message>
    <message>
        <source>Refer to a &amp;resource…</source>
        <translation>Orienter &amp;vers une ressource…</translation>
    </message>
    <message>
        <source>Refer to a resource</source>
        <translation>Orienter vers une ressource</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Changer le stat&amp;ut…</translation>
    </message>
    <message>
        <source>Change the status of the selected referral</source>
        <translation>Changer le statut de l&apos;orientation sélectionnée</translation>
    </message>
    <message>
        <source>Set follow-&amp;up date…</source>
        <translation>Fixer la date de &amp;suivi…</translation>
    </message>
    <message>
        <source>Set the follow-up date of the selected referral</source>
        <translation>Fixer la date de suivi de l&apos;orientation sélectionnée</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>No date recorded</source>
        <translation>Aucune date enregistrée</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>This case is active.</source>
        <translation>Ce dossier est actif.</translation>
    </message>
    <message>
        <source>This case is closed. Archive it to keep it out of everyday lists, or reopen it.</source>
        <translation>Ce dossier est fermé. Archivez-le pour le retirer des listes courantes, ou rouvrez-le.</translation>
    </message>
    <message>
        <source>This case is archived. Reopen it to work with the person again.</source>
        <translation>Ce dossier est archivé. Rouvrez-le pour accompagner de nouveau la personne.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Retirer le consentement?</translation>
    </message>
    <message>
        <source>Withdraw this consent? It stays in the list, marked withdrawn, and can no longer be relied on.</source>
        <translation>Retirer ce consentement? Il restera dans la liste, marqué comme retiré, et ne sera plus valide.</translation>
    </message>
    <message>
        <source>Consent not found</source>
        <translation>Consentement introuvable</translation>
    </message>
    <message>
        <source>This consent no longer exists. The list has been read again.</source>
        <translation>Ce consentement n&apos;existe plus. La liste a été actualisée.</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>Close this case?</source>
        <translation>Fermer ce dossier?</translation>
    </message>
    <message>
        <source>Close this case? It will no longer be listed with active clients. You can reopen it later.</source>
        <translation>Fermer ce dossier? Il ne figurera plus parmi les dossiers actifs. Vous pourrez le rouvrir plus tard.</translation>
    </message>
    <message>
        <source>Archive this case?</source>
        <translation>Archiver ce dossier?</translation>
    </message>
    <message>
        <source>Archive this case? It will be listed only when you show Archived or All clients. You can reopen it later.</source>
        <translation>Archiver ce dossier? Il ne sera affiché que si vous choisissez «&#xa0;Archivé&#xa0;» ou «&#xa0;Tous&#xa0;» sous Afficher. Vous pourrez le rouvrir plus tard.</translation>
    </message>
    <message>
        <source>Reopen this case?</source>
        <translation>Rouvrir ce dossier?</translation>
    </message>
    <message>
        <source>Reopen this case? It will be listed with active clients again.</source>
        <translation>Rouvrir ce dossier? Il figurera de nouveau parmi les dossiers actifs.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Case code</source>
        <translation>Code de dossier</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom choisi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>Personne intervenante</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>ClientsScreen</name>
    <message>
        <source>Clients</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Case code or name</source>
        <translation>Code de dossier ou nom</translation>
    </message>
    <message>
        <source>Filter by case code or name</source>
        <translation>Filtrer par code de dossier ou par nom</translation>
    </message>
    <message>
        <source>&amp;Filter by case code or name:</source>
        <translation>&amp;Filtrer par code de dossier ou par nom&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show clients with status</source>
        <translation>Afficher les dossiers selon leur statut</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Number of clients shown</source>
        <translation>Nombre de dossiers affichés</translation>
    </message>
    <message>
        <source>No clients to show</source>
        <translation>Aucun dossier à afficher</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>No clients yet. Add the first with New client…</source>
        <translation>Aucun dossier pour l&apos;instant. Créez le premier avec Nouveau dossier…</translation>
    </message>
    <message>
        <source>No clients match this filter. Check the spelling, or clear the filter.</source>
        <translation>Aucun dossier ne correspond à ce filtre. Vérifiez l&apos;orthographe ou effacez le filtre.</translation>
    </message>
    <message>
        <source>No clients match this filter. Check the spelling, or choose All under Show to include closed and archived clients.</source>
        <translation>Aucun dossier ne correspond à ce filtre. Vérifiez l&apos;orthographe, ou choisissez «&#xa0;Tous&#xa0;» sous Afficher pour inclure les dossiers fermés et archivés.</translation>
    </message>
    <message>
        <source>No clients with this status. Choose All under Show to see every client.</source>
        <translation>Aucun dossier n&apos;a ce statut. Choisissez «&#xa0;Tous&#xa0;» sous Afficher pour voir tous les dossiers.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Record only what the person has agreed to, after explaining it in a language they understand. Consent can be withdrawn at any time.</source>
        <translation>N&apos;enregistrez que ce à quoi la personne a consenti, après le lui avoir expliqué dans une langue qu&apos;elle comprend. Le consentement peut être retiré en tout temps.</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Objet du consentement</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Problem with Organisation</source>
        <translation>Problème dans le champ Organisme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Consent to</source>
        <translation>Objet du &amp;consentement</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Organisation *</source>
        <translation>&amp;Organisme *</translation>
    </message>
    <message>
        <source>Required: the organisation the person agreed to share with.</source>
        <translation>Obligatoire&#xa0;: l&apos;organisme désigné par la personne.</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>Optional for this kind of consent.</source>
        <translation>Facultatif pour ce type de consentement.</translation>
    </message>
    <message>
        <source>Consent to share needs the name of the organisation.</source>
        <translation>Indiquez le nom de l&apos;organisme pour ce partage.</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>This client no longer exists. Nothing was saved.</source>
        <translation>Ce dossier n&apos;existe plus. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Discard this consent?</source>
        <translation>Abandonner ce consentement?</translation>
    </message>
    <message>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Fermer sans enregistrer? Ce que vous avez saisi sera perdu.</translation>
    </message>
</context>
<context>
    <name>ConsentNotice</name>
    <message>
        <source>Consent to share</source>
        <translation>Consentement au partage</translation>
    </message>
    <message>
        <source>Record consent to s&amp;hare…</source>
        <translation>Enregistrer le c&amp;onsentement au partage…</translation>
    </message>
    <message>
        <source>Record consent to share</source>
        <translation>Enregistrer le consentement au partage</translation>
    </message>
    <message>
        <source>%1 has no consent on file to share information with %2. Record consent first, or keep this as a suggestion.</source>
        <translation>Aucun consentement au dossier ne permet de partager des renseignements sur %1 avec %2. Enregistrez d&apos;abord le consentement, ou gardez ceci comme suggestion.</translation>
    </message>
    <message>
        <source>%1 has consented to share information with %2.</source>
        <translation>%1 a consenti au partage de renseignements avec %2.</translation>
    </message>
    <message>
        <source>Record consent to share?</source>
        <translation>Enregistrer le consentement au partage?</translation>
    </message>
    <message>
        <source>Record that %1 agrees that information about them may be shared with %2?

Record it only if the person agreed, after it was explained in a language they understand. Consent can be withdrawn at any time on the Consents tab.</source>
        <translation>Enregistrer que %1 accepte que des renseignements à son sujet soient partagés avec %2?

Enregistrez-le seulement si la personne a donné son accord, après que tout lui a été expliqué dans une langue qu&apos;elle comprend. Le consentement peut être retiré en tout temps dans l&apos;onglet Consentements.</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>This client no longer exists. No consent was recorded.</source>
        <translation>Ce dossier n&apos;existe plus. Aucun consentement n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Objet du consentement</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ConsulateFinder</name>
    <message>
        <source>Find the embassy or consulate</source>
        <translation>Trouver l&apos;ambassade ou le consulat</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Ambassade ou consulat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Embassies and consulates found</source>
        <translation>Ambassades et consulats trouvés</translation>
    </message>
    <message>
        <source>The button above looks in the catalogue for the embassies and consulates of the person&apos;s country.</source>
        <translation>Le bouton ci-dessus cherche dans le répertoire les ambassades et les consulats du pays de la personne.</translation>
    </message>
    <message>
        <source>Country, as a two-letter code</source>
        <translation>Pays, en code à deux lettres</translation>
    </message>
    <message>
        <source>Country of origin on the client&apos;s record: %1.</source>
        <translation>Pays d&apos;origine inscrit au dossier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Countr&amp;y (two-letter code, for example PH):</source>
        <translation>Pa&amp;ys (code à deux lettres, par exemple PH)&#xa0;:</translation>
    </message>
    <message>
        <source>The client&apos;s record has no country of origin. Type it here.</source>
        <translation>Le dossier n&apos;indique aucun pays d&apos;origine. Tapez-le ici.</translation>
    </message>
    <message>
        <source>About the consulates found</source>
        <translation>À propos des consulats trouvés</translation>
    </message>
    <message>
        <source>Lin&amp;k the selected consulate</source>
        <translation>L&amp;ier le consulat sélectionné</translation>
    </message>
    <message>
        <source>Link the selected embassy or consulate to this step</source>
        <translation>Lier l&apos;ambassade ou le consulat sélectionné à cette étape</translation>
    </message>
    <message>
        <source>Add a consulate to the catalo&amp;gue…</source>
        <translation>Ajouter un cons&amp;ulat au répertoire…</translation>
    </message>
    <message>
        <source>Add an embassy or consulate to the catalogue</source>
        <translation>Ajouter une ambassade ou un consulat au répertoire</translation>
    </message>
    <message>
        <source>Find the &amp;consulate for %1</source>
        <translation>Trouver le co&amp;nsulat du pays %1</translation>
    </message>
    <message>
        <source>Find the &amp;consulate for this country</source>
        <translation>Trouver le co&amp;nsulat de ce pays</translation>
    </message>
    <message>
        <source>No embassy or consulate of %1 is in the catalogue yet. The entry below explains how to find one: add it to the catalogue with its country, and it will be found here next time.</source>
        <translation>Aucune ambassade ni aucun consulat du pays %1 ne figure encore dans le répertoire. La fiche ci-dessous explique comment en trouver un&#xa0;: ajoutez-le au répertoire avec son pays, et il sera trouvé ici la prochaine fois.</translation>
    </message>
    <message>
        <source>Found in the catalogue for %1. Link the one the person will deal with.</source>
        <translation>Trouvés dans le répertoire pour le pays %1. Liez celui avec lequel la personne fera affaire.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Someone the person trusts: a friend, relative, group or professional. Fields marked * are required.</source>
        <translation>Quelqu&apos;un en qui la personne a confiance&#xa0;: une personne proche, un groupe ou une ressource professionnelle. Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>for example cousin, friend from church</source>
        <translation>par exemple sœur, collègue, groupe de l&apos;église</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Lien avec la personne</translation>
    </message>
    <message>
        <source>Who they are to the person.</source>
        <translation>Ce que ce contact représente pour la personne.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien avec la personne</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Two-letter code, if they live outside Canada.</source>
        <translation>Code à deux lettres, si ce contact vit hors du Canada.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Safe to &amp;contact?</source>
        <translation>Contact &amp;sécuritaire?</translation>
    </message>
    <message>
        <source>Can staff reach them without putting the person at risk?</source>
        <translation>Le personnel peut-il joindre ce contact sans mettre la personne en danger?</translation>
    </message>
    <message>
        <source>Safe to contact?</source>
        <translation>Contact sécuritaire?</translation>
    </message>
    <message>
        <source>May be known to the &amp;trafficker?</source>
        <translation>Pourrait être connu du traf&amp;iquant?</translation>
    </message>
    <message>
        <source>If yes, be careful: contact could reveal where the person is.</source>
        <translation>Si oui, faites preuve de prudence&#xa0;: communiquer avec ce contact pourrait révéler où se trouve la personne.</translation>
    </message>
    <message>
        <source>May be known to the trafficker?</source>
        <translation>Pourrait être connu du trafiquant?</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A name is required (or how the person calls them).</source>
        <translation>Un nom est obligatoire (ou la façon dont la personne l&apos;appelle).</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>Le nom est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ce n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, for example PH.</source>
        <translation>Utilisez le code de pays à deux lettres, par exemple PH.</translation>
    </message>
    <message>
        <source>Please correct the problems shown before saving.</source>
        <translation>Veuillez corriger les problèmes indiqués avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This client or contact no longer exists. Nothing was saved.</source>
        <translation>Ce dossier ou ce contact n&apos;existe plus. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Discard this contact?</source>
        <translation>Abandonner ce contact?</translation>
    </message>
    <message>
        <source>Close without saving? What you typed in this contact will be lost.</source>
        <translation>Fermer sans enregistrer? Ce que vous avez saisi pour ce contact sera perdu.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>People, groups and professionals the person trusts</source>
        <translation>Personnes, groupes et ressources professionnelles en qui la personne a confiance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name (relationship)</source>
        <translation>Nom (lien avec la personne)</translation>
    </message>
    <message>
        <source>Safe to contact?</source>
        <translation>Contact sécuritaire?</translation>
    </message>
    <message>
        <source>Known to the trafficker?</source>
        <translation>Connu du trafiquant?</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Contacts de confiance</translation>
    </message>
    <message>
        <source>No one recorded yet.</source>
        <translation>Aucun contact pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add c&amp;ontact…</source>
        <translation>Ajouter un con&amp;tact…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Edit conta&amp;ct…</source>
        <translation>Mo&amp;difier le contact…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Modifier le contact sélectionné</translation>
    </message>
    <message>
        <source>Remove contac&amp;t</source>
        <translation>Ret&amp;irer le contact</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>Retirer le contact sélectionné</translation>
    </message>
    <message>
        <source>Remove this contact?</source>
        <translation>Retirer ce contact?</translation>
    </message>
    <message>
        <source>Remove %1 from the person&apos;s contacts?</source>
        <translation>Retirer %1 des contacts de la personne?</translation>
    </message>
    <message>
        <source>Contact not found</source>
        <translation>Contact introuvable</translation>
    </message>
    <message>
        <source>This contact no longer exists. The list has been read again.</source>
        <translation>Ce contact n&apos;existe plus. La liste a été actualisée.</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Everything you record is kept in one encrypted file on this laptop, called the vault. Nobody can recover the passphrase if it is lost, so write it down and keep it somewhere safe.</source>
        <translation>Tout ce que vous enregistrez est conservé dans un seul fichier chiffré sur cet ordinateur portable&#xa0;: le coffre. Personne ne peut récupérer la phrase de passe si elle est perdue; notez-la donc et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Votre nom (facultatif)</translation>
    </message>
    <message>
        <source>Shown in the vault&apos;s activity record next to the changes you make.</source>
        <translation>Affiché dans le journal d&apos;activité du coffre, à côté des modifications que vous faites.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Afficher la phrase de passe</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Your &amp;name (optional)</source>
        <translation>Votre &amp;nom (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Passphrase (at least {count} characters)</source>
        <translation>&amp;Phrase de passe (au moins {count} caractères)</translation>
    </message>
    <message>
        <source>&amp;Type the passphrase again</source>
        <translation>&amp;Retapez la phrase de passe</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Use at least {count} characters. Several unrelated words work well.</source>
        <translation>Utilisez au moins {count} caractères. Plusieurs mots sans lien entre eux fonctionnent bien.</translation>
    </message>
    <message>
        <source>Too short: use at least {count} characters.</source>
        <translation>Trop courte&#xa0;: utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>Difficile à deviner.</translation>
    </message>
    <message>
        <source>Strength: {strength}. {advice}</source>
        <translation>Robustesse&#xa0;: {strength}. {advice}</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {count} characters; several words work well.</source>
        <translation>La phrase de passe est trop courte. Utilisez au moins {count} caractères; plusieurs mots fonctionnent bien.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the passphrase again in the second box.</source>
        <translation>Les deux phrases de passe ne sont pas identiques. Retapez la phrase de passe dans la deuxième case.</translation>
    </message>
    <message>
        <source>Use a weak passphrase?</source>
        <translation>Utiliser une phrase de passe faible?</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who gets this laptop could try it and read every record. A few more unrelated words make it much stronger.

Use this passphrase anyway?</source>
        <translation>Cette phrase de passe est facile à deviner. Toute personne qui obtiendrait cet ordinateur portable pourrait l&apos;essayer et lire tous les dossiers. Quelques mots de plus, sans lien entre eux, la rendraient beaucoup plus robuste.

Utiliser quand même cette phrase de passe?</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Création du coffre. Cela prend quelques secondes…</translation>
    </message>
    <message>
        <source>A vault already exists at this location, so a new one was not created. Close ltsupport and open it again to unlock that vault.</source>
        <translation>Un coffre existe déjà à cet emplacement; aucun nouveau coffre n&apos;a donc été créé. Fermez ltsupport et ouvrez-le de nouveau pour déverrouiller ce coffre.</translation>
    </message>
    <message>
        <source>The vault could not be created. Nothing was changed.</source>
        <translation>Le coffre n&apos;a pas pu être créé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault could not be written. The disk may be full or not writable. Nothing was created.</source>
        <translation>Le coffre n&apos;a pas pu être écrit. Le disque est peut-être plein ou protégé en écriture. Rien n&apos;a été créé.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date known</source>
        <translation>Date connue</translation>
    </message>
    <message>
        <source>%1: a date is known</source>
        <translation>%1&#xa0;: une date est connue</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
</context>
<context>
    <name>DraftWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Sui&amp;vant &gt;</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ter&amp;miner</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <source>Everything is saved; the plan opens again where you stopped.</source>
        <translation>Tout est enregistré; le plan se rouvrira à la page où vous étiez.</translation>
    </message>
    <message>
        <source>Not saved: the vault could not be written. What you typed is still here.</source>
        <translation>Non enregistré&#xa0;: le coffre n&apos;a pas pu être écrit. Ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>This page could not be saved: the vault could not be written (the disk may be full). What you typed is still on the screen. Try again in a moment; if it keeps happening, ask whoever looks after this computer.</source>
        <translation>Cette page n&apos;a pas pu être enregistrée&#xa0;: le coffre n&apos;a pas pu être écrit (le disque est peut-être plein). Ce que vous avez saisi est toujours à l&apos;écran. Réessayez dans un moment; si le problème persiste, demandez de l&apos;aide à la personne qui s&apos;occupe de cet ordinateur.</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Plan introuvable</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problème dans le champ %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Follow up &amp;on</source>
        <translation>Sui&amp;vi prévu le</translation>
    </message>
    <message>
        <source>Untick to remove the follow-up date.</source>
        <translation>Décochez la case pour retirer la date de suivi.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Referral not found</source>
        <translation>Orientation introuvable</translation>
    </message>
    <message>
        <source>This referral no longer exists. Nothing was saved.</source>
        <translation>Cette orientation n&apos;existe plus. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>A transition plan, made together</source>
        <translation>Un plan de transition, fait ensemble</translation>
    </message>
    <message>
        <source>The long-term needs checklist, one area at a time, at the person&apos;s pace.</source>
        <translation>La liste des besoins à long terme, un domaine à la fois, au rythme de la personne.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Code de dossier</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom choisi</translation>
    </message>
    <message>
        <source>There is one page for each of the nine long-term needs areas, then a review. Everything you type is saved as you go: you can close this window at any time, and the plan opens again where you stopped.</source>
        <translation>Il y a une page pour chacun des neuf domaines de besoins à long terme, puis une révision. Tout ce que vous tapez est enregistré au fur et à mesure&#xa0;: vous pouvez fermer cette fenêtre à tout moment, et le plan s&apos;ouvrira de nouveau là où vous en étiez.</translation>
    </message>
    <message>
        <source>The person &amp;agreed to make this plan together (consent to planning)</source>
        <translation>La personne a &amp;accepté de faire ce plan ensemble (consentement à la planification)</translation>
    </message>
    <message>
        <source>The person agreed to make this plan together (consent to planning)</source>
        <translation>La personne a accepté de faire ce plan ensemble (consentement à la planification)</translation>
    </message>
    <message>
        <source>The plan is the person&apos;s own. Explain it in a language they understand; ticking this records their consent to planning.</source>
        <translation>Le plan appartient à la personne. Expliquez-le dans une langue qu&apos;elle comprend; cocher cette case enregistre son consentement à la planification.</translation>
    </message>
    <message>
        <source>Problem with consent to planning</source>
        <translation>Problème dans le consentement à la planification</translation>
    </message>
    <message>
        <source>Language of the printed plan</source>
        <translation>Langue du plan imprimé</translation>
    </message>
    <message>
        <source>Plan review date</source>
        <translation>Date de révision du plan</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Ce plan</translation>
    </message>
    <message>
        <source>&amp;Language of the printed plan:</source>
        <translation>&amp;Langue du plan imprimé&#xa0;:</translation>
    </message>
    <message>
        <source>The person&apos;s copy is printed in English or French.</source>
        <translation>La copie de la personne est imprimée en anglais ou en français.</translation>
    </message>
    <message>
        <source>Plan &amp;review date:</source>
        <translation>Date de &amp;révision du plan&#xa0;:</translation>
    </message>
    <message>
        <source>When to look at the plan again together (about 3 months).</source>
        <translation>Quand revoir le plan ensemble (dans environ 3 mois).</translation>
    </message>
    <message>
        <source>The plan is made with the person, so their agreement is needed before going on. If they are not ready today, close this window: nothing is lost, and you can come back to it.</source>
        <translation>Le plan se fait avec la personne&#xa0;: son accord est donc nécessaire pour continuer. Si elle n&apos;est pas prête aujourd&apos;hui, fermez cette fenêtre&#xa0;: rien n&apos;est perdu, et vous pourrez y revenir.</translation>
    </message>
    <message>
        <source>The plan can be printed in English or French.</source>
        <translation>Le plan peut être imprimé en anglais ou en français.</translation>
    </message>
</context>
<context>
    <name>LinkedEntriesSection</name>
    <message>
        <source>Catalogue entries for this step</source>
        <translation>Fiches du répertoire pour cette étape</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Catalogue entries linked to this step</source>
        <translation>Fiches du répertoire liées à cette étape</translation>
    </message>
    <message>
        <source>No catalogue entry linked yet.</source>
        <translation>Aucune fiche du répertoire liée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A service found in the home country can be added to the catalogue with its country, so it is found again for the next person.</source>
        <translation>Un service trouvé dans le pays d&apos;origine peut être ajouté au répertoire avec son pays, pour qu&apos;on le retrouve pour la prochaine personne.</translation>
    </message>
    <message>
        <source>&amp;Link a catalogue entry…</source>
        <translation>Lier une &amp;fiche du répertoire…</translation>
    </message>
    <message>
        <source>Link a catalogue entry</source>
        <translation>Lier une fiche du répertoire</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Supprimer le &amp;lien</translation>
    </message>
    <message>
        <source>Unlink the selected entry</source>
        <translation>Supprimer le lien vers la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Add to the catalo&amp;gue…</source>
        <translation>&amp;Ajouter au répertoire…</translation>
    </message>
    <message>
        <source>Add a new entry to the catalogue and link it</source>
        <translation>Ajouter une nouvelle fiche au répertoire et la lier</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Suggestions&#xa0;:</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Lier %1</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Lien non créé</translation>
    </message>
    <message>
        <source>This catalogue entry or this plan no longer exists. Nothing was linked.</source>
        <translation>Cette fiche du répertoire ou ce plan n&apos;existe plus. Aucun lien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Not unlinked</source>
        <translation>Lien non supprimé</translation>
    </message>
    <message>
        <source>This plan no longer exists. Nothing was changed.</source>
        <translation>Ce plan n&apos;existe plus. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write a verified copy of the vault</source>
        <translation>Faire une copie de sauvegarde vérifiée du coffre</translation>
    </message>
    <message>
        <source>&amp;Verify vault</source>
        <translation>Vé&amp;rifier le coffre</translation>
    </message>
    <message>
        <source>Check the vault for damage</source>
        <translation>Vérifier si le coffre est endommagé</translation>
    </message>
    <message>
        <source>&amp;Import a case summary…</source>
        <translation>&amp;Importer un résumé de dossier…</translation>
    </message>
    <message>
        <source>Open a case file from another agency</source>
        <translation>Ouvrir un fichier de dossier provenant d&apos;un autre organisme</translation>
    </message>
    <message>
        <source>This agency&apos;s public &amp;key…</source>
        <translation>Clé &amp;publique de cet organisme…</translation>
    </message>
    <message>
        <source>Show the key other agencies encrypt case files to</source>
        <translation>Afficher la clé avec laquelle les autres organismes chiffrent les fichiers de dossier qu&apos;ils vous envoient</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Sauvegarde non effectuée</translation>
    </message>
    <message>
        <source>The backup could not be written, so no copy was kept. The vault itself is unchanged. Check that the disk has free space, then try again.</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être écrite; aucune copie n&apos;a été conservée. Le coffre lui-même n&apos;a pas changé. Vérifiez qu&apos;il reste de l&apos;espace libre sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>A verified backup was written to the backups folder as {name}, with its key file {keys}. Copy both files to a safe place away from this laptop.

Backups folder: {folder}</source>
        <translation>Une copie de sauvegarde vérifiée a été écrite dans le dossier des sauvegardes sous le nom {name}, avec son fichier de clés {keys}. Copiez ces deux fichiers en lieu sûr, ailleurs que sur cet ordinateur portable.

Dossier des sauvegardes&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Vault verified</source>
        <translation>Coffre vérifié</translation>
    </message>
    <message>
        <source>The vault is sound: the encryption, the database and the links between records all check out.</source>
        <translation>Le coffre est en bon état&#xa0;: le chiffrement, la base de données et les liens entre les enregistrements sont tous conformes.</translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation>Le coffre est endommagé</translation>
    </message>
    <message>
        <source>the vault could not be read</source>
        <translation>le coffre n&apos;a pas pu être lu</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged page(s)</source>
        <translation>
            <numerusform>%n page endommagée</numerusform>
            <numerusform>%n pages endommagées</numerusform>
        </translation>
    </message>
    <message>
        <source>the database structure is damaged</source>
        <translation>la structure de la base de données est endommagée</translation>
    </message>
    <message numerus="yes">
        <source>%n broken link(s) between records</source>
        <translation>
            <numerusform>%n lien rompu entre les enregistrements</numerusform>
            <numerusform>%n liens rompus entre les enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault failed its check: {problems}. Make no more changes, and restore the vault from a recent backup. Ask the person who looks after this laptop for help.</source>
        <translation>La vérification du coffre a échoué&#xa0;: {problems}. N&apos;apportez plus de modifications et restaurez le coffre à partir d&apos;une copie de sauvegarde récente. Demandez de l&apos;aide à la personne qui s&apos;occupe de cet ordinateur portable.</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots et évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Pas besoin de symboles, de chiffres ni de majuscules.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches qui se suivent sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs de clavier courts sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de changements de direction.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez de répéter des mots et des caractères.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui ont un lien avec vous.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années qui ont un lien avec vous.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe couramment utilisé.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et les noms de famille seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et les noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots écrits à l&apos;envers ne sont pas beaucoup plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles, comme «&#xa0;@&#xa0;» au lieu de «&#xa0;a&#xa0;», n&apos;aident pas beaucoup.</translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message>
        <source>No transition plan yet</source>
        <translation>Aucun plan de transition pour l&apos;instant</translation>
    </message>
    <message>
        <source>A transition plan walks through the nine long-term needs areas with the person, at their pace: where things stand, what they want in their own words, and the next steps. Everything is saved as you go, so you can stop at any time and continue later.</source>
        <translation>Un plan de transition parcourt avec la personne, à son rythme, les neuf domaines de besoins à long terme&#xa0;: où en sont les choses, ce qu&apos;elle souhaite dans ses propres mots, et les prochaines étapes. Tout est enregistré au fur et à mesure&#xa0;: vous pouvez vous arrêter en tout temps et reprendre plus tard.</translation>
    </message>
    <message>
        <source>Start the plan &amp;with the person…</source>
        <translation>Commencer le plan &amp;avec la personne…</translation>
    </message>
    <message>
        <source>Start the plan with the person</source>
        <translation>Commencer le plan avec la personne</translation>
    </message>
    <message>
        <source>The plan is not finished</source>
        <translation>Le plan n&apos;est pas terminé</translation>
    </message>
    <message>
        <source>Where the plan stopped</source>
        <translation>Où le plan s&apos;est arrêté</translation>
    </message>
    <message>
        <source>C&amp;ontinue the plan…</source>
        <translation>&amp;Reprendre le plan…</translation>
    </message>
    <message>
        <source>Continue the plan where you stopped</source>
        <translation>Reprendre le plan là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Révision du plan</translation>
    </message>
    <message>
        <source>Go through the &amp;whole plan…</source>
        <translation>Parcourir &amp;tout le plan…</translation>
    </message>
    <message>
        <source>Go through the whole plan</source>
        <translation>Parcourir tout le plan</translation>
    </message>
    <message>
        <source>Needs areas</source>
        <translation>Domaines de besoin</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Prochaines actions</translation>
    </message>
    <message>
        <source>History of status changes</source>
        <translation>Historique des changements de statut</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>Aucun changement de statut pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Goal, in the person&apos;s words</source>
        <translation>Objectif, dans les mots de la personne</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open %1 on its own</source>
        <translation>Ouvrir seulement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Continue where you stopped (%1).</source>
        <translation>Reprendre là où le plan s&apos;est arrêté (%1).</translation>
    </message>
    <message>
        <source>the review page</source>
        <translation>la page de révision</translation>
    </message>
    <message>
        <source>the first page</source>
        <translation>la première page</translation>
    </message>
    <message>
        <source>Status of %1: %2</source>
        <translation>Statut du domaine «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No goal written yet.</source>
        <translation>Aucun objectif écrit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No review date set.</source>
        <translation>Aucune date de révision fixée.</translation>
    </message>
    <message>
        <source>Review due: the plan was to be reviewed on %1.</source>
        <translation>Révision à faire&#xa0;: le plan devait être révisé le %1.</translation>
    </message>
    <message>
        <source>Review due today.</source>
        <translation>Révision prévue aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Prochaine révision&#xa0;: %1</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>Aucune date fixée</translation>
    </message>
    <message>
        <source>No open actions. Open an area to add the next steps.</source>
        <translation>Aucune action à faire. Ouvrez un domaine pour ajouter les prochaines étapes.</translation>
    </message>
    <message>
        <source>1 more open action in the plan.</source>
        <translation>1 autre action à faire dans le plan.</translation>
    </message>
    <message>
        <source>%1 more open actions in the plan.</source>
        <translation>%1 autres actions à faire dans le plan.</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>This client no longer exists. Go back to the list of clients.</source>
        <translation>Ce dossier n&apos;existe plus. Retournez à la liste des dossiers.</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Transition plan</source>
        <translation>Plan de transition</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>À propos de ce plan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>This client or plan no longer exists, so nothing more can be saved.</source>
        <translation>Ce dossier ou ce plan n&apos;existe plus; plus rien ne peut donc être enregistré.</translation>
    </message>
    <message>
        <source>Plan not finished</source>
        <translation>Plan non terminé</translation>
    </message>
    <message>
        <source>The plan could not be marked finished: the vault could not be written. What you typed was already saved. Try Finish again in a moment.</source>
        <translation>Le plan n&apos;a pas pu être marqué comme terminé&#xa0;: le coffre n&apos;a pas pu être écrit. Ce que vous avez tapé était déjà enregistré. Essayez Terminer de nouveau dans un moment.</translation>
    </message>
</context>
<context>
    <name>PrintPlanDialog</name>
    <message>
        <source>Print the plan</source>
        <translation>Imprimer le plan</translation>
    </message>
    <message>
        <source>&amp;Client copy: for the person to keep</source>
        <translation>Copie de la &amp;personne&#xa0;: pour qu&apos;elle la garde</translation>
    </message>
    <message>
        <source>Case &amp;file copy: everything, confidential</source>
        <translation>Copie du &amp;dossier&#xa0;: tout, confidentielle</translation>
    </message>
    <message>
        <source>The client copy leaves out worker notes, the legal name, immigration and court details, police and Crown contacts and risk notes. Goals and actions print as they were written: read them over before printing.</source>
        <translation>La copie de la personne omet les notes de la personne intervenante, le nom légal, les renseignements d&apos;immigration et judiciaires, les contacts de la police et de la Couronne et les notes sur les risques. Les objectifs et les actions s&apos;impriment tels qu&apos;ils ont été écrits&#xa0;: relisez-les avant d&apos;imprimer.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Langue du plan</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pap&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impression impossible</translation>
    </message>
    <message>
        <source>Preview of the plan</source>
        <translation>Aperçu du plan</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a readable copy?</source>
        <translation>Enregistrer une copie lisible?</translation>
    </message>
    <message>
        <source>A PDF is not encrypted: anyone who finds the file or the USB stick can read this plan. Save it only where the person&apos;s information is safe, and delete it when it is no longer needed. Save it?</source>
        <translation>Un PDF n&apos;est pas chiffré&#xa0;: quiconque trouve le fichier ou la clé USB peut lire ce plan. Enregistrez-le seulement là où les renseignements de la personne sont en sécurité, et supprimez-le quand il n&apos;est plus utile. L&apos;enregistrer?</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Enregistrer le plan en PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The file could not be written (is the disk full or read-only?).</source>
        <translation>Le fichier n&apos;a pas pu être écrit (le disque est-il plein ou en lecture seule?).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) as PDF.</source>
        <translation>
            <numerusform>%n page enregistrée en PDF.</numerusform>
            <numerusform>%n pages enregistrées en PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer a client</source>
        <translation>Orienter une personne</translation>
    </message>
    <message>
        <source>Refer to a resource</source>
        <translation>Orienter vers une ressource</translation>
    </message>
    <message>
        <source>A referral records where you sent the person, or suggest they go, and the consent it relies on. Fields marked * are required.</source>
        <translation>Une orientation indique vers quel service vous avez dirigé la personne, ou lui suggérez d&apos;aller, et le consentement sur lequel elle repose. Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource&#xa0;:</translation>
    </message>
    <message>
        <source>No particular needs area</source>
        <translation>Aucun domaine de besoin en particulier</translation>
    </message>
    <message>
        <source>Needs area</source>
        <translation>Domaine de besoin</translation>
    </message>
    <message>
        <source>Optional: the part of the plan it serves.</source>
        <translation>Facultatif&#xa0;: le volet du plan auquel elle se rattache.</translation>
    </message>
    <message>
        <source>Problem with Needs area</source>
        <translation>Problème dans le champ Domaine de besoin</translation>
    </message>
    <message>
        <source>Needs &amp;area</source>
        <translation>&amp;Domaine de besoin</translation>
    </message>
    <message>
        <source>Problem with Client</source>
        <translation>Problème dans le champ Personne</translation>
    </message>
    <message>
        <source>Type a case code or a name</source>
        <translation>Tapez un code de dossier ou un nom</translation>
    </message>
    <message>
        <source>Find the client</source>
        <translation>Trouver la personne</translation>
    </message>
    <message>
        <source>Active clients whose case code or name contains what you type.</source>
        <translation>Dossiers actifs dont le code de dossier ou le nom contient ce que vous tapez.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;Client *</source>
        <translation>&amp;Personne *</translation>
    </message>
    <message>
        <source>Problem with Resource</source>
        <translation>Problème dans le champ Ressource</translation>
    </message>
    <message>
        <source>Search the catalogue: a name, a service, a language, a place</source>
        <translation>Chercher dans le répertoire&#xa0;: un nom, un service, une langue, un lieu</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Chercher dans le répertoire</translation>
    </message>
    <message>
        <source>On&amp;ly resources for this needs area</source>
        <translation>&amp;Seulement les ressources de ce domaine de besoin</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>&amp;Resource *</source>
        <translation>&amp;Ressource *</translation>
    </message>
    <message>
        <source>Re&amp;ferred: the person agreed, and the service is or will be contacted</source>
        <translation>&amp;Transmise&#xa0;: la personne est d&apos;accord, et le service est ou sera joint</translation>
    </message>
    <message>
        <source>S&amp;uggested: an idea to talk through with the person</source>
        <translation>Su&amp;ggérée&#xa0;: une idée à discuter avec la personne</translation>
    </message>
    <message>
        <source>Without consent to share, this can be saved only as a suggestion.</source>
        <translation>Sans consentement au partage, l&apos;orientation ne peut être enregistrée que comme suggestion.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Follow up &amp;on</source>
        <translation>Sui&amp;vi prévu le</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>Problem with Follow-up date</source>
        <translation>Problème dans le champ Date de suivi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Shown to staff only.</source>
        <translation>Visible par le personnel seulement.</translation>
    </message>
    <message>
        <source>For example: who you spoke to, what to bring to the first appointment.</source>
        <translation>Par exemple&#xa0;: à qui vous avez parlé, quoi apporter au premier rendez-vous.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Ce dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This catalogue entry no longer exists.</source>
        <translation>Cette fiche du répertoire n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Choose the client to refer.</source>
        <translation>Choisissez la personne à orienter.</translation>
    </message>
    <message>
        <source>Choose a resource from the catalogue.</source>
        <translation>Choisissez une ressource dans le répertoire.</translation>
    </message>
    <message>
        <source>Choose one of the needs areas.</source>
        <translation>Choisissez l&apos;un des domaines de besoin.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be in the past.</source>
        <translation>La date de suivi ne peut pas être une date passée.</translation>
    </message>
    <message>
        <source>Referral not saved</source>
        <translation>Orientation non enregistrée</translation>
    </message>
    <message>
        <source>The client or the catalogue entry no longer exists. Nothing was saved.</source>
        <translation>Le dossier ou la fiche du répertoire n&apos;existe plus. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Discard this referral?</source>
        <translation>Abandonner cette orientation?</translation>
    </message>
    <message>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Fermer sans enregistrer? Ce que vous avez saisi sera perdu.</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Change referral status</source>
        <translation>Changer le statut de l&apos;orientation</translation>
    </message>
    <message>
        <source>%1: %2 since %3.</source>
        <translation>%1&#xa0;: %2 depuis le %3.</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Nouveau statut</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <source>&amp;Date of the change</source>
        <translation>&amp;Date du changement</translation>
    </message>
    <message>
        <source>Problem with the status change</source>
        <translation>Problème dans le changement de statut</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The date cannot be before the last change.</source>
        <translation>La date ne peut pas être antérieure au dernier changement.</translation>
    </message>
    <message>
        <source>Referral not found</source>
        <translation>Orientation introuvable</translation>
    </message>
    <message>
        <source>This referral no longer exists. Nothing was saved.</source>
        <translation>Cette orientation n&apos;existe plus. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Consent to share with %1</source>
        <translation>Consentement au partage avec %1</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (à faire)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No consent on file</source>
        <translation>Aucun consentement au dossier</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Needs area</source>
        <translation>Domaine de besoin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Suivi prévu le</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Consentement au partage</translation>
    </message>
</context>
<context>
    <name>RepatriationOverview</name>
    <message>
        <source>&amp;Talk about returning home…</source>
        <translation>&amp;Parler du retour au pays…</translation>
    </message>
    <message>
        <source>Talk about returning home with the person</source>
        <translation>Parler du retour au pays avec la personne</translation>
    </message>
    <message>
        <source>No return is planned.</source>
        <translation>Aucun retour n&apos;est prévu.</translation>
    </message>
    <message>
        <source>A person who has been trafficked into Canada may wish to return to their country of origin. If they do, plan a safe trip home and a supported re-integration together, one step at a time. Everything is saved as you go.</source>
        <translation>Une personne victime de la traite vers le Canada peut souhaiter retourner dans son pays d&apos;origine. Si c&apos;est le cas, planifiez ensemble un retour sécuritaire et une réintégration accompagnée, une étape à la fois. Tout est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <source>The person&apos;s wish</source>
        <translation>Le souhait de la personne</translation>
    </message>
    <message>
        <source>About the person&apos;s wish</source>
        <translation>À propos du souhait de la personne</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes terminées</translation>
    </message>
    <message>
        <source>&amp;Go through the whole return plan…</source>
        <translation>Parcourir &amp;tout le plan de retour…</translation>
    </message>
    <message>
        <source>Go through the whole return plan</source>
        <translation>Parcourir tout le plan de retour</translation>
    </message>
    <message>
        <source>Refugee protection</source>
        <translation>Protection des réfugiés</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Dates coming up</source>
        <translation>Dates à venir</translation>
    </message>
    <message>
        <source>Court dates that affect travel</source>
        <translation>Dates d&apos;audience qui touchent le voyage</translation>
    </message>
    <message>
        <source>Risk notes stay in the steps: they are for staff only.</source>
        <translation>Les notes sur les risques restent dans les étapes&#xa0;: elles sont réservées au personnel.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open %1 on its own</source>
        <translation>Ouvrir seulement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No return is planned. You can come back to this at any time.</source>
        <translation>Aucun retour n&apos;est prévu. Vous pouvez revenir sur cette question en tout temps.</translation>
    </message>
    <message>
        <source>Fears harm if they return: %1.</source>
        <translation>Craint de subir un préjudice en cas de retour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Decision about a protection claim: %1</source>
        <translation>Décision concernant une demande d&apos;asile&#xa0;: %1</translation>
    </message>
    <message>
        <source>The person fears harm on return: a refugee protection claim should be considered before any repatriation. Decision recorded: %1</source>
        <translation>La personne craint de subir un préjudice à son retour&#xa0;: une demande d&apos;asile devrait être envisagée avant tout rapatriement. Décision consignée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status of %1: %2</source>
        <translation>Statut de l&apos;étape «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No dates coming up.</source>
        <translation>Aucune date à venir.</translation>
    </message>
    <message>
        <source>Court dates that affect travel: %1</source>
        <translation>Dates d&apos;audience qui touchent le voyage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>This client no longer exists. Go back to the list of clients.</source>
        <translation>Ce dossier n&apos;existe plus. Retournez à la liste des dossiers.</translation>
    </message>
</context>
<context>
    <name>RepatriationWizard</name>
    <message>
        <source>Returning home</source>
        <translation>Retour au pays</translation>
    </message>
    <message>
        <source>The person&apos;s wish</source>
        <translation>Le souhait de la personne</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>This client or return plan no longer exists, so nothing more can be saved.</source>
        <translation>Ce dossier ou ce plan de retour n&apos;existe plus; plus rien ne peut donc être enregistré.</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Edit resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <source>Add a service you know in your area. Only the name and the category are required. Check the details with the organisation when you can, and record the date you did. Fields marked * are required.</source>
        <translation>Ajoutez un service que vous connaissez dans votre région. Seuls le nom et la catégorie sont obligatoires. Vérifiez les détails auprès de l&apos;organisme quand vous le pouvez, et notez la date de cette vérification. Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>This entry came with the app. Your changes are kept when the app&apos;s catalogue is updated. Fields marked * are required.</source>
        <translation>Cette fiche est fournie avec l&apos;application. Vos modifications sont conservées lors de la mise à jour du répertoire de l&apos;application. Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Choisissez une catégorie…</translation>
    </message>
    <message>
        <source>Needs area: %1</source>
        <translation>Domaine de besoin&#xa0;: %1</translation>
    </message>
    <message>
        <source>language codes, for example en, fr, es</source>
        <translation>codes de langue, par exemple en, fr, es</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>Le service</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>French na&amp;me</source>
        <translation>Nom en &amp;français</translation>
    </message>
    <message>
        <source>The organisation&apos;s own French name, if it has one.</source>
        <translation>Le nom français de l&apos;organisme, s&apos;il en a un.</translation>
    </message>
    <message>
        <source>&amp;Category *</source>
        <translation>&amp;Catégorie *</translation>
    </message>
    <message>
        <source>Needs &amp;areas</source>
        <translation>Domaines de &amp;besoin</translation>
    </message>
    <message>
        <source>The parts of the transition plan this service helps with.</source>
        <translation>Les volets du plan de transition pour lesquels ce service peut aider.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Se&amp;rvices offered</source>
        <translation>&amp;Services offerts</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>Lan&amp;gues</translation>
    </message>
    <message>
        <source>Language codes separated by commas.</source>
        <translation>Codes de langue séparés par des virgules.</translation>
    </message>
    <message>
        <source>Canada-wide (no province)</source>
        <translation>Partout au Canada (aucune province)</translation>
    </message>
    <message>
        <source>for example 416-555-0100 ext. 12</source>
        <translation>par exemple 416-555-0100 ext. 12</translation>
    </message>
    <message>
        <source>for example intake@example.ca</source>
        <translation>par exemple accueil@example.ca</translation>
    </message>
    <message>
        <source>for example https://example.ca</source>
        <translation>par exemple https://example.ca</translation>
    </message>
    <message>
        <source>Where and how to reach it</source>
        <translation>Où et comment joindre le service</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Vi&amp;lle</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>E-mai&amp;l</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;Web</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>&amp;Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Where you read or heard these details.</source>
        <translation>Où vous avez lu ou entendu ces renseignements.</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>Qui peut y avoir accès</translation>
    </message>
    <message>
        <source>Eligi&amp;bility</source>
        <translation>Ad&amp;missibilité</translation>
    </message>
    <message>
        <source>Cos&amp;t</source>
        <translation>C&amp;oût</translation>
    </message>
    <message>
        <source>Accessibilit&amp;y</source>
        <translation>Accessib&amp;ilité</translation>
    </message>
    <message>
        <source>For an embassy, a consulate or a home-country service: a two-letter code such as PH.</source>
        <translation>Pour une ambassade, un consulat ou un service du pays d&apos;origine&#xa0;: un code à deux lettres comme PH.</translation>
    </message>
    <message>
        <source>Checked with the organisation on</source>
        <translation>Vérifié auprès de l&apos;organisme le</translation>
    </message>
    <message>
        <source>Date verified</source>
        <translation>Date de vérification</translation>
    </message>
    <message>
        <source>Checking the facts</source>
        <translation>Vérification des renseignements</translation>
    </message>
    <message>
        <source>A website, a phone call, a flyer…</source>
        <translation>Un site Web, un appel téléphonique, un dépliant…</translation>
    </message>
    <message>
        <source>Information comes &amp;from</source>
        <translation>Source des &amp;renseignements</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Vérifié</translation>
    </message>
    <message>
        <source>Leave unticked if nobody has checked these details yet. Entries not checked for 12 months are flagged.</source>
        <translation>Laissez la case vide si personne n&apos;a encore vérifié ces renseignements. Les fiches non vérifiées depuis 12 mois sont signalées.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Use two-letter language codes separated by commas, for example en, fr, es, tl.</source>
        <translation>Utilisez des codes de langue à deux lettres séparés par des virgules, par exemple en, fr, es, tl.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + - . ( ) only, for example 416-555-0100 ext. 12, or capital letters for a number such as 1-800-222-TIPS.</source>
        <translation>Utilisez seulement des chiffres, des espaces et les caractères + - . ( ), par exemple 416-555-0100 ext. 12, ou des lettres majuscules pour un numéro comme 1-800-222-TIPS.</translation>
    </message>
    <message>
        <source>Write an e-mail address such as intake@example.ca.</source>
        <translation>Inscrivez une adresse courriel comme accueil@example.ca.</translation>
    </message>
    <message>
        <source>Write the full web address, starting with https://, for example https://example.ca.</source>
        <translation>Inscrivez l&apos;adresse Web complète, qui commence par https://, par exemple https://example.ca.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, for example PH, MX or UA.</source>
        <translation>Utilisez le code de pays à deux lettres, par exemple PH, MX ou UA.</translation>
    </message>
    <message>
        <source>The date checked cannot be in the future.</source>
        <translation>La date de vérification ne peut pas être une date future.</translation>
    </message>
    <message>
        <source>Resource not found</source>
        <translation>Ressource introuvable</translation>
    </message>
    <message>
        <source>This catalogue entry no longer exists. Nothing was saved.</source>
        <translation>Cette fiche du répertoire n&apos;existe plus. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications?</translation>
    </message>
    <message>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Fermer sans enregistrer? Ce que vous avez saisi sera perdu.</translation>
    </message>
</context>
<context>
    <name>ResourceListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>ResourcesSection</name>
    <message>
        <source>Services in the catalogue for this area</source>
        <translation>Services du répertoire pour ce domaine</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Services for this area</source>
        <translation>Services pour ce domaine</translation>
    </message>
    <message>
        <source>The catalogue has no service for this area yet. Local services can be added in the Catalogue.</source>
        <translation>Le répertoire ne contient encore aucun service pour ce domaine. Vous pouvez ajouter des services locaux dans la section Ressources.</translation>
    </message>
    <message>
        <source>&amp;Refer to this service</source>
        <translation>&amp;Orienter vers ce service</translation>
    </message>
    <message>
        <source>Refer the person to the selected service</source>
        <translation>Orienter la personne vers le service sélectionné</translation>
    </message>
    <message>
        <source>Referral made</source>
        <translation>Orientation faite</translation>
    </message>
    <message>
        <source>No referral made</source>
        <translation>Aucune orientation faite</translation>
    </message>
    <message>
        <source>The referral could not be made: the client or the service no longer exists.</source>
        <translation>L&apos;orientation n&apos;a pas pu être faite&#xa0;: le dossier ou le service n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Referred to %1 (suggested: no consent to share on file). Record the person&apos;s consent to share on their Consents tab before contacting the service.</source>
        <translation>Orientation vers %1 (suggérée&#xa0;: aucun consentement au partage au dossier). Enregistrez le consentement de la personne au partage dans l&apos;onglet Consentements avant de joindre le service.</translation>
    </message>
    <message>
        <source>Referred to %1. The person&apos;s consent to share with them is on file.</source>
        <translation>Orientation vers %1. Le consentement de la personne au partage avec ce service est au dossier.</translation>
    </message>
</context>
<context>
    <name>ReturnReviewPage</name>
    <message>
        <source>Review the return plan</source>
        <translation>Revoir le plan de retour</translation>
    </message>
    <message>
        <source>Look over each step with the person. Any step can be opened again later, from here or from the client&apos;s screen.</source>
        <translation>Passez en revue chaque étape avec la personne. Chaque étape peut être rouverte plus tard, à partir d&apos;ici ou de l&apos;écran du dossier.</translation>
    </message>
    <message>
        <source>The person&apos;s wish</source>
        <translation>Le souhait de la personne</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes terminées</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Risk notes are for staff only and never printed on any copy.</source>
        <translation>Les notes sur les risques sont réservées au personnel et ne sont imprimées sur aucune copie.</translation>
    </message>
    <message>
        <source>The person fears harm on return. Decision about a protection claim: %1</source>
        <translation>La personne craint de subir un préjudice à son retour. Décision concernant une demande d&apos;asile&#xa0;: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune décision consignée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>ReturnStepPage</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>Questions to talk through</source>
        <translation>Questions à aborder ensemble</translation>
    </message>
    <message>
        <source>At the person&apos;s pace: they choose what to talk about.</source>
        <translation>Au rythme de la personne&#xa0;: c&apos;est elle qui choisit de quoi parler.</translation>
    </message>
    <message>
        <source>Where this step stands</source>
        <translation>Où en est cette étape</translation>
    </message>
    <message>
        <source>Where things stand for this step.</source>
        <translation>Où en sont les choses pour cette étape.</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>St&amp;arted on</source>
        <translation>Co&amp;mmencée le</translation>
    </message>
    <message>
        <source>Don&amp;e on</source>
        <translation>T&amp;erminée le</translation>
    </message>
    <message>
        <source>Filled in with today&apos;s date when the step is marked done.</source>
        <translation>Remplie avec la date du jour quand l&apos;étape est marquée comme terminée.</translation>
    </message>
    <message>
        <source>Notes on this ste&amp;p</source>
        <translation>Notes sur cette éta&amp;pe</translation>
    </message>
    <message>
        <source>Notes on this step</source>
        <translation>Notes sur cette étape</translation>
    </message>
    <message>
        <source>What was done and agreed. Write nothing here about the trafficker or about risks: use the risk notes below.</source>
        <translation>Ce qui a été fait et convenu. N&apos;écrivez rien ici au sujet du trafiquant ou des risques&#xa0;: utilisez les notes sur les risques ci-dessous.</translation>
    </message>
    <message>
        <source>Problem with the notes</source>
        <translation>Problème dans les notes</translation>
    </message>
    <message>
        <source>Risk notes — worker only, never printed</source>
        <translation>Notes sur les risques — personnel seulement, jamais imprimées</translation>
    </message>
    <message>
        <source>Dangers on return, who must not learn of the plans, anything about the trafficker. For staff only: never printed on any copy for the person.</source>
        <translation>Dangers au retour, personnes qui ne doivent pas connaître les projets, tout ce qui concerne le trafiquant. Pour le personnel seulement&#xa0;: jamais imprimées sur une copie remise à la personne.</translation>
    </message>
    <message>
        <source>Problem with the risk notes</source>
        <translation>Problème dans les notes sur les risques</translation>
    </message>
    <message>
        <source>&amp;Risk notes — worker only, never printed</source>
        <translation>Notes sur les &amp;risques — personnel seulement, jamais imprimées</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>None of this is printed on the client&apos;s copy.</source>
        <translation>Rien de ceci n&apos;est imprimé sur la copie de la personne.</translation>
    </message>
    <message>
        <source>staff only</source>
        <translation>personnel seulement</translation>
    </message>
    <message>
        <source>These details are printed on the client&apos;s copy.</source>
        <translation>Ces détails sont imprimés sur la copie de la personne.</translation>
    </message>
    <message>
        <source>Only some of these details are printed on the client&apos;s copy.</source>
        <translation>Seuls certains de ces détails sont imprimés sur la copie de la personne.</translation>
    </message>
    <message>
        <source>Link &amp;IOM</source>
        <translation>Lier l&apos;&amp;OIM</translation>
    </message>
    <message>
        <source>Link UN&amp;HCR</source>
        <translation>Lier le &amp;HCR</translation>
    </message>
    <message>
        <source>The date done cannot be before the date started.</source>
        <translation>La date de fin ne peut pas être antérieure à la date de début.</translation>
    </message>
    <message>
        <source>This page could not be saved yet. Please correct what is shown.</source>
        <translation>Cette page n&apos;a pas encore pu être enregistrée. Veuillez corriger ce qui est indiqué.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the plan</source>
        <translation>Revoir le plan</translation>
    </message>
    <message>
        <source>Look over each area with the person. Finish makes the plan active; any area can be opened again later.</source>
        <translation>Passez en revue chaque domaine avec la personne. Terminer rend le plan actif; chaque domaine peut être rouvert plus tard.</translation>
    </message>
    <message>
        <source>Areas not assessed yet</source>
        <translation>Domaines pas encore évalués</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Worker notes and legal details are never printed on the client&apos;s copy.</source>
        <translation>Les notes du personnel et les détails juridiques ne sont jamais imprimés sur la copie de la personne.</translation>
    </message>
    <message>
        <source>Not assessed yet: %1. That is fine if the person is not ready; use Go to when you want to talk about one.</source>
        <translation>Pas encore évalués&#xa0;: %1. C&apos;est correct si la personne n&apos;est pas prête; utilisez Aller à quand vous voudrez aborder l&apos;un de ces domaines.</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 actions</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 faite(s)</translation>
    </message>
    <message>
        <source>Every area has been talked through.</source>
        <translation>Tous les domaines ont été abordés.</translation>
    </message>
    <message>
        <source>No goal written yet</source>
        <translation>Aucun objectif écrit pour l&apos;instant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>SelfCareForm</name>
    <message>
        <source>Warning signs</source>
        <translation>Signes avant-coureurs</translation>
    </message>
    <message>
        <source>How the person notices that things are getting hard.</source>
        <translation>Comment la personne remarque que les choses deviennent difficiles.</translation>
    </message>
    <message>
        <source>Things that help</source>
        <translation>Ce qui aide</translation>
    </message>
    <message>
        <source>What helps them feel calm or safe.</source>
        <translation>Ce qui l&apos;aide à se sentir calme ou en sécurité.</translation>
    </message>
    <message>
        <source>People to contact</source>
        <translation>Personnes à joindre</translation>
    </message>
    <message>
        <source>Who they can call or see on a difficult day.</source>
        <translation>Qui elle peut appeler ou voir lors d&apos;une journée difficile.</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lieux sûrs</translation>
    </message>
    <message>
        <source>Where they can go to feel safe.</source>
        <translation>Où elle peut aller pour se sentir en sécurité.</translation>
    </message>
    <message>
        <source>Professional supports</source>
        <translation>Soutiens professionnels</translation>
    </message>
    <message>
        <source>Counsellors, crisis lines or clinics they can reach.</source>
        <translation>Thérapeutes, lignes d&apos;écoute ou cliniques qu&apos;elle peut joindre.</translation>
    </message>
</context>
<context>
    <name>StatusHistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Needs area</source>
        <translation>Domaine de besoin</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Opened on its own: the rest of the plan stays as it is.</source>
        <translation>Page ouverte seule&#xa0;: le reste du plan ne change pas.</translation>
    </message>
    <message>
        <source>Saved as you go. You can close at any time and continue later.</source>
        <translation>Enregistré au fur et à mesure. Vous pouvez fermer en tout temps et continuer plus tard.</translation>
    </message>
    <message>
        <source>Current step: %1</source>
        <translation>Étape en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>All changes saved at %1.</source>
        <translation>Toutes les modifications ont été enregistrées à %1.</translation>
    </message>
    <message>
        <source>Saving in a moment…</source>
        <translation>Enregistrement dans un instant…</translation>
    </message>
    <message>
        <source>Not everything could be saved: see the message on the page.</source>
        <translation>Certaines modifications n&apos;ont pas pu être enregistrées&#xa0;: consultez le message affiché sur la page.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Date d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Plan actions, referral follow-ups and permits coming up for every active client, soonest first.</source>
        <translation>Actions des plans, suivis des orientations et permis qui arrivent à échéance pour tous les dossiers actifs, les plus proches en premier.</translation>
    </message>
    <message>
        <source>How much is due</source>
        <translation>Nombre d&apos;éléments à traiter</translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>%1 prochains jours</translation>
    </message>
    <message>
        <source>Show what is due in</source>
        <translation>Période à afficher</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Due items</source>
        <translation>Éléments à traiter</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à traiter</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marquer l&apos;action sélectionnée comme faite</translation>
    </message>
    <message>
        <source>Only plan actions can be marked done here.</source>
        <translation>Seules les actions des plans peuvent être marquées comme faites ici.</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the selected client</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Nothing due in the next %1 days.</source>
        <translation>Rien à traiter dans les %1 prochains jours.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <translation>%1 demain</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 plus tard</translation>
    </message>
    <message>
        <source>Action not found</source>
        <translation>Action introuvable</translation>
    </message>
    <message>
        <source>This action no longer exists. The list has been read again.</source>
        <translation>Cette action n&apos;existe plus. La liste a été actualisée.</translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Marquée comme faite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>When</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Needs area</source>
        <translation>Domaine de besoin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>Le coffre est verrouillé</translation>
    </message>
    <message>
        <source>Type the passphrase to open the vault.</source>
        <translation>Tapez la phrase de passe pour ouvrir le coffre.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Afficher la phrase de passe</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>The vault cannot be opened</source>
        <translation>Le coffre ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Where the vault should be</source>
        <translation>Emplacement prévu du coffre</translation>
    </message>
    <message>
        <source>&amp;Where the vault should be:</source>
        <translation>&amp;Emplacement prévu du coffre&#xa0;:</translation>
    </message>
    <message>
        <source>A backup is a file ending in .ltsv with a .keys file of the same name beside it. If you cannot find one, ask the person who looks after this laptop.</source>
        <translation>Une copie de sauvegarde est un fichier dont le nom se termine par .ltsv, accompagné d&apos;un fichier .keys du même nom placé à côté. Si vous n&apos;en trouvez pas, demandez à la personne qui s&apos;occupe de cet ordinateur portable.</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une copie de sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase de passe de la copie de sauvegarde</translation>
    </message>
    <message>
        <source>P&amp;assphrase of the backup</source>
        <translation>P&amp;hrase de passe de la copie de sauvegarde</translation>
    </message>
    <message>
        <source>Restore and &amp;unlock</source>
        <translation>Restaurer et &amp;déverrouiller</translation>
    </message>
    <message>
        <source>Restore and unlock</source>
        <translation>Restaurer et déverrouiller</translation>
    </message>
    <message>
        <source>No vault was found at its usual place on this laptop. If it was moved, put the vault and its key file back, or restore them from a backup.</source>
        <translation>Aucun coffre n&apos;a été trouvé à son emplacement habituel sur cet ordinateur portable. S&apos;il a été déplacé, remettez le coffre et son fichier de clés à leur place, ou restaurez-les à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The vault file is missing or empty, but its key file is still here. ltsupport will not put a new, empty vault in its place. Restore the vault from a backup.</source>
        <translation>Le fichier du coffre est absent ou vide, mais son fichier de clés est toujours là. ltsupport ne le remplacera pas par un nouveau coffre vide. Restaurez le coffre à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, so the vault cannot be opened, even with the right passphrase. Restore the vault and its key file from a backup.</source>
        <translation>Le fichier de clés du coffre est absent&#xa0;: le coffre ne peut donc pas être ouvert, même avec la bonne phrase de passe. Restaurez le coffre et son fichier de clés à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged, so the vault cannot be opened. Nothing was changed. Restore the vault and its key file from a backup.</source>
        <translation>Le fichier de clés du coffre est endommagé&#xa0;: le coffre ne peut donc pas être ouvert. Rien n&apos;a été modifié. Restaurez le coffre et son fichier de clés à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The vault file is damaged: its contents fail their integrity check. Nothing was changed. Restore the vault from a backup.</source>
        <translation>Le fichier du coffre est endommagé&#xa0;: son contenu ne passe pas la vérification d&apos;intégrité. Rien n&apos;a été modifié. Restaurez le coffre à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Tapez d&apos;abord la phrase de passe.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Ouverture du coffre…</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La phrase de passe n&apos;est pas correcte.</translation>
    </message>
    <message>
        <source>The vault could not be opened. Nothing was changed.</source>
        <translation>Le coffre n&apos;a pas pu être ouvert. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault could not be read from the disk. Nothing was changed.</source>
        <translation>Le coffre n&apos;a pas pu être lu sur le disque. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Choose a backup of the vault</source>
        <translation>Choisir une copie de sauvegarde du coffre</translation>
    </message>
    <message>
        <source>ltsupport backups (*.ltsv)</source>
        <translation>Copies de sauvegarde ltsupport (*.ltsv)</translation>
    </message>
    <message>
        <source>This backup is incomplete: its key file, {name}, must be in the same folder.</source>
        <translation>Cette copie de sauvegarde est incomplète&#xa0;: son fichier de clés, {name}, doit se trouver dans le même dossier.</translation>
    </message>
    <message>
        <source>Backup chosen: {name}</source>
        <translation>Copie de sauvegarde choisie&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Type the passphrase that was used when this backup was made.</source>
        <translation>Tapez la phrase de passe utilisée au moment de faire cette copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la copie de sauvegarde…</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this backup. Nothing was changed.</source>
        <translation>La phrase de passe n&apos;est pas correcte pour cette copie de sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This backup&apos;s key file is missing or damaged. Nothing was changed. Choose another backup.</source>
        <translation>Le fichier de clés de cette copie de sauvegarde est absent ou endommagé. Rien n&apos;a été modifié. Choisissez une autre copie de sauvegarde.</translation>
    </message>
    <message>
        <source>This backup is damaged. Nothing was changed. Choose another backup.</source>
        <translation>Cette copie de sauvegarde est endommagée. Rien n&apos;a été modifié. Choisissez une autre copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be restored. The disk may be full or not writable. Nothing was changed.</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être restaurée. Le disque est peut-être plein ou protégé en écriture. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault was restored from the backup {name}.</source>
        <translation>Le coffre a été restauré à partir de la copie de sauvegarde {name}.</translation>
    </message>
    <message>
        <source>What was there before was kept beside it as {name}, in case it is needed.</source>
        <translation>Ce qui s&apos;y trouvait auparavant a été conservé à côté, sous le nom {name}, au cas où vous en auriez besoin.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copie de sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>WishPage</name>
    <message>
        <source>Returning home: the person&apos;s wish</source>
        <translation>Retour au pays&#xa0;: le souhait de la personne</translation>
    </message>
    <message>
        <source>The person&apos;s choice comes first: return, stay, or not yet.</source>
        <translation>Le choix de la personne passe en premier&#xa0;: retourner, rester ou pas encore.</translation>
    </message>
    <message>
        <source>A person who has been trafficked into Canada may wish to return to their country of origin. When possible, it is important to help them plan a safe trip home and a supported re-integration into their home country and community.</source>
        <translation>Une personne victime de la traite vers le Canada peut souhaiter retourner dans son pays d&apos;origine. Dans la mesure du possible, il est important de l&apos;aider à planifier un retour sécuritaire et une réintégration accompagnée dans son pays et sa communauté d&apos;origine.</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>For %1 (%2). Country of origin: %3.</source>
        <translation>Pour %1 (%2). Pays d&apos;origine&#xa0;: %3.</translation>
    </message>
    <message>
        <source>What does the person wish?</source>
        <translation>Que souhaite la personne?</translation>
    </message>
    <message>
        <source>&amp;Return to their country of origin</source>
        <translation>&amp;Retourner dans son pays d&apos;origine</translation>
    </message>
    <message>
        <source>Return to their country of origin</source>
        <translation>Retourner dans son pays d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Stay in Canada</source>
        <translation>Re&amp;ster au Canada</translation>
    </message>
    <message>
        <source>Stay in Canada</source>
        <translation>Rester au Canada</translation>
    </message>
    <message>
        <source>&amp;Undecided, or not ready to say</source>
        <translation>&amp;Pas encore décidé, ou ne souhaite pas le dire</translation>
    </message>
    <message>
        <source>Undecided, or not ready to say</source>
        <translation>Pas encore décidé, ou ne souhaite pas le dire</translation>
    </message>
    <message>
        <source>The person&apos;s wish: %1</source>
        <translation>Souhait de la personne&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is the person&apos;s choice. It can change, and so can this page.</source>
        <translation>C&apos;est le choix de la personne. Il peut changer, et cette page aussi.</translation>
    </message>
    <message>
        <source>Does the person fear harm if they return?</source>
        <translation>La personne craint-elle de subir un préjudice si elle retourne dans son pays?</translation>
    </message>
    <message>
        <source>&amp;Yes, they fear harm</source>
        <translation>&amp;Oui, elle craint un préjudice</translation>
    </message>
    <message>
        <source>Yes, they fear harm</source>
        <translation>Oui, elle craint un préjudice</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not &amp;known yet</source>
        <translation>Pas &amp;encore connu</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Fears harm if they return: %1</source>
        <translation>Craint de subir un préjudice en cas de retour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Harm from the trafficker, their associates, family or the community, or persecution by anyone. Ask gently; the person may not want to say today.</source>
        <translation>Un préjudice de la part du trafiquant, de ses complices, de la famille ou de la communauté, ou de la persécution de qui que ce soit. Posez la question avec délicatesse; la personne pourrait ne pas vouloir en parler aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Important: consider refugee protection first</source>
        <translation>Important&#xa0;: envisager d&apos;abord une demande d&apos;asile</translation>
    </message>
    <message>
        <source>The person fears harm on return. A refugee protection claim should be considered before any repatriation (UNHCR Guidelines on International Protection, 2006, on victims of trafficking).</source>
        <translation>La personne craint de subir un préjudice à son retour. Une demande d&apos;asile devrait être envisagée avant tout rapatriement (Principes directeurs du HCR sur la protection internationale, 2006, concernant les victimes de la traite).</translation>
    </message>
    <message>
        <source>Refugee protection comes first</source>
        <translation>La protection des réfugiés passe en premier</translation>
    </message>
    <message>
        <source>What was decided about a protection claim</source>
        <translation>Décision concernant une demande d&apos;asile</translation>
    </message>
    <message>
        <source>Required before a return is planned: for example, a lawyer was consulted and a claim is being prepared, or the person chose not to claim, and why.</source>
        <translation>Obligatoire avant de planifier un retour&#xa0;: par exemple, une consultation juridique a eu lieu et une demande est en préparation, ou la personne a choisi de ne pas demander l&apos;asile, et pourquoi.</translation>
    </message>
    <message>
        <source>What was &amp;decided about a protection claim *</source>
        <translation>&amp;Décision concernant une demande d&apos;asile *</translation>
    </message>
    <message>
        <source>Problem with the decision</source>
        <translation>Problème dans la décision</translation>
    </message>
    <message>
        <source>No return is planned. You can come back to this at any time.</source>
        <translation>Aucun retour n&apos;est prévu. Vous pouvez revenir sur cette question en tout temps.</translation>
    </message>
    <message>
        <source>No return is planned</source>
        <translation>Aucun retour n&apos;est prévu</translation>
    </message>
    <message>
        <source>Notes about the person&apos;s wish</source>
        <translation>Notes sur le souhait de la personne</translation>
    </message>
    <message>
        <source>No&amp;tes about the person&apos;s wish</source>
        <translation>Notes sur le sou&amp;hait de la personne</translation>
    </message>
    <message>
        <source>The person fears harm on return: write what was decided about a refugee protection claim before planning a return. If nothing is decided yet, choose Undecided for now.</source>
        <translation>La personne craint de subir un préjudice à son retour&#xa0;: indiquez ce qui a été décidé au sujet d&apos;une demande d&apos;asile avant de planifier un retour. Si rien n&apos;est encore décidé, choisissez «&#xa0;Pas encore décidé&#xa0;» pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This page could not be saved yet. Please correct what is shown.</source>
        <translation>Cette page n&apos;a pas encore pu être enregistrée. Veuillez corriger ce qui est indiqué.</translation>
    </message>
</context>
<context>
    <name>detail_fields</name>
    <message>
        <source>This text is too long (10,000 characters at most).</source>
        <translation>Ce texte est trop long (10&#xa0;000 caractères au maximum).</translation>
    </message>
    <message>
        <source>This is not a real date. Use the form YYYY-MM-DD.</source>
        <translation>Cette date n&apos;existe pas. Utilisez le format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Choose one of the answers in the list.</source>
        <translation>Choisissez l&apos;une des réponses de la liste.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Canadian citizen</source>
        <translation>Citoyenneté canadienne</translation>
    </message>
    <message>
        <source>Permanent resident</source>
        <translation>Résidence permanente</translation>
    </message>
    <message>
        <source>Temporary resident permit for victims of trafficking (TRP)</source>
        <translation>Permis de séjour temporaire pour les victimes de la traite de personnes (PST)</translation>
    </message>
    <message>
        <source>Other temporary resident (visitor, student or worker)</source>
        <translation>Autre résidence temporaire (visite, études ou travail)</translation>
    </message>
    <message>
        <source>Refugee claimant</source>
        <translation>Demande d&apos;asile</translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation>Personne protégée</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sans statut</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Keep their information here</source>
        <translation>Conserver ses renseignements ici</translation>
    </message>
    <message>
        <source>Use their information for planning</source>
        <translation>Utiliser ses renseignements pour planifier</translation>
    </message>
    <message>
        <source>Share with an organisation</source>
        <translation>Partager avec un organisme</translation>
    </message>
    <message>
        <source>Export a case summary</source>
        <translation>Exporter un résumé du dossier</translation>
    </message>
    <message>
        <source>Print their plan</source>
        <translation>Imprimer son plan</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>Colombie-Britannique</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territoires du Nord-Ouest</translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation>Nunavut</translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation>Île-du-Prince-Édouard</translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation>Saskatchewan</translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation>Yukon</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>Canada-wide</source>
        <translation>Partout au Canada</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>Ajoutée par le personnel</translation>
    </message>
    <message>
        <source>Came with the app; edited by staff</source>
        <translation>Fournie avec l&apos;application; modifiée par le personnel</translation>
    </message>
    <message>
        <source>Came with the app</source>
        <translation>Fournie avec l&apos;application</translation>
    </message>
    <message>
        <source>No priority set</source>
        <translation>Aucune priorité</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Personne intervenante</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Un organisme</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Ressource professionnelle</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The person wishes to return to their home country.</source>
        <translation>La personne souhaite retourner dans son pays d&apos;origine.</translation>
    </message>
    <message>
        <source>The person wishes to stay in Canada.</source>
        <translation>La personne souhaite rester au Canada.</translation>
    </message>
    <message>
        <source>The person has not decided whether to return.</source>
        <translation>La personne n&apos;a pas encore décidé si elle souhaite retourner dans son pays.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Étapes terminées&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>ddd, MMM d</source>
        <comment>short date format: weekday, month day</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Expired (%1)</source>
        <translation>Expiré (%1)</translation>
    </message>
    <message>
        <source>Overdue (due %1)</source>
        <translation>En retard (échéance le %1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (dans %2 jours)</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Faire le suivi auprès de %1</translation>
    </message>
    <message>
        <source>Temporary resident permit expires</source>
        <translation>Expiration du permis de séjour temporaire (PST)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Permis</translation>
    </message>
</context>
</TS>
