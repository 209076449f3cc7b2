# voices/en.lex: how English voices should say names that espeak-ng's own
# English rules get wrong. Format: docs/lexicon.md. One entry a line: the
# word or phrase, a tab or two spaces, then espeak-ng phonemes in [[...]] or
# a respelling in plain words. Check an entry by listening:
#   espeak-ng -v en-us "[[k'i:v]]"        (and espeak-ng -x -v en-us "Kyiv")
# A key in lower case also matches with a capital ("Hryvnia") and in
# capitals ("HRYVNIA"); a name's possessive ("Kyiv's") is handled, its
# plural is not: give it its own line ("Shaheds").

# Ukraine: the capital and the regional centres
Kyiv                [[k'i:v]]                 # KEEV (espeak-ng: kj'Iv)
Kharkiv             [[x'A@kIv]]               # KHAR-kiv
Zaporizhzhia        [[z,A:poUr'i:Zj@]]        # za-po-REEZH-zhya
Zaporizhia          [[z,A:poUr'i:Zj@]]
Dnipro              [[dni:pr'oU]]             # dnee-PRO
Dnipropetrovsk      [[dn,i:pr@pEtr'O:fsk]]
Odesa               [[oUd'Es@]]               # oh-DESS-a
Odessa              [[oUd'Es@]]
Lviv                [[l@v'i:v]]               # l'VEEV
Mykolaiv            [[m,Ik@l'A:jIv]]          # mi-ko-LAH-yiv
Kherson             [[xErs'O:n]]              # kher-SAWN
Donetsk             [[d@n'Etsk]]
Luhansk             [[lu:h'A:nsk]]            # loo-HANSK
Chernihiv           [[tSErn'i:hIv]]           # cher-NEE-hiv
Sumy                [[s'u:mI]]                # SOO-mi
Vinnytsia           [[v'InItsj@]]             # VIN-nyts-ya
Zhytomyr            [[ZIt'O:mIr]]             # zhy-TAW-mir
Ivano-Frankivsk     [[i:v,A:noUfr'A:nkIvsk]]
Uzhhorod            [['u:ZhO:r@d]]            # OOZH-ho-rod
Chernivtsi          [[tS,ErnIvts'i:]]         # cher-niv-TSEE
Ternopil            [[tErn'O:pIl]]
Rivne               [[r'i:vnE]]               # REEV-neh
Lutsk               [[l'u:tsk]]
Khmelnytskyi        [[xmEln'Itski]]
Kropyvnytskyi       [[kr,O:pIvn'Itski]]
Kremenchuk          [[kr,Em@ntS'u:k]]
Nikopol             [[n'i:k@p@l]]
Zakarpattia         [[z,A:kA@p'A:tj@]]
Crimea              [[kraIm'i:@]]             # cry-MEE-a (espeak-ng: KRY-mia)
Sevastopol          [[s@v'ast@p,oUl]]

# Ukraine: towns in the news from the front and the occupied south and east
Bakhmut             [[bA:xm'u:t]]             # bakh-MOOT
Avdiivka            [[A:vd'i:jIvk@]]          # av-DEE-yiv-ka
Pokrovsk            [[p@kr'O:vsk]]            # po-KRAWVSK
Kramatorsk          [[kr,A:m@t'o@sk]]         # kra-ma-TORSK
Sloviansk           [[sl@vj'A:nsk]]           # slo-VYANSK
Sievierodonetsk     [[s,jEvjEr@d@n'Etsk]]
Lysychansk          [[l,IsItS'A:nsk]]
Toretsk             [[toUr'Etsk]]
Vuhledar            [[v,u:hlEd'A@]]
Chasiv Yar          [[tS'A:sIv j'A@]]
Kostiantynivka      [[k,O:stjA:nt'InIvk@]]
Kupiansk            [[k'u:pjA:nsk]]
Vovchansk           [[v'O:vtSA:nsk]]
Izium               [[Izj'u:m]]
Lyman               [[l'Im@n]]
Kurakhove           [[ku:r'A:x@vE]]
Huliaipole          [[h,u:ljaIp'O:lE]]
Orikhiv             [[O:r'i:xIv]]
Robotyne            [[r@b'O:tInE]]
Velyka Novosilka    [[vEl'Ik@ n,O:v@s'i:lk@]]
Mariupol            [[m,A:ri'u:p@l]]          # ma-ree-OO-pol
Melitopol           [[m,ElIt'O:p@l]]          # me-li-TAW-pol
Berdiansk           [[bErdj'A:nsk]]
Enerhodar           [[,En3h'O:dA@]]
Bucha               [[b'u:tS@]]               # BOO-cha
Irpin               [['i:rpIn]]
Hostomel            [[h,O:st@m'El]]
Borodianka          [[b,O:r@dj'A:nk@]]
Donbas              [[d@nb'A:s]]
Myrnohrad           [[m,Irn@hr'A:d]]
Siversk             [[s'i:vErsk]]
Selydove            [[sEl'Id@vE]]
Pechersk            [[pEtS'Ersk]]

# Ukraine: people
Volodymyr           [[v,O:l@d'ImIr]]          # vo-lo-DY-mir
Zelenskyy           [[zEl'Enski]]             # ze-LEN-skee
Zelensky            [[zEl'Enski]]             # as espeak-ng says it: one sound for both spellings
Oleksandr           [[,O:lEks'A:nd3]]         # o-lek-SAN-der
Syrskyi             [[s'Irski]]               # SEER-skee
Andrii              [[A:ndr'i:j]]
Sybiha              [[sIb'i:h@]]              # si-BEE-ha
Klitschko           [[kl'i:tSkoU]]            # KLEECH-ko
Vitali              [[vIt'A:li]]              # vi-TAH-lee
Yermak              [[jErm'A:k]]              # yer-MAK
Umerov              [[u:m'Er@v]]              # oo-MEH-rov
Budanov             [[bu:d'A:n@v]]            # boo-DAH-nov
Kyrylo              [[kIr'Il@]]
Shmyhal             [[SmIh'A:l]]              # shmy-HAL
Kuleba              [[ku:l'Eb@]]              # koo-LEH-ba
Dmytro              [[dmItr'O:]]
Zaluzhnyi           [[zA:l'u:Zni]]            # za-LOOZH-nee
Svyrydenko          [[sv,IrId'EnkoU]]
Stefanchuk          [[st,Ef@ntS'u:k]]
Akhmetov            [[A:xm'Et@f]]
Olena               [[oUl'En@]]
Oleksii             [[,O:lEks'i:j]]
Serhii              [[s'Erhi:j]]
Mykhailo            [[mIx'aIl@]]
Podolyak            [[p,O:d@lj'A:k]]
Podoliak            [[p,O:d@lj'A:k]]
Ihnat               [['Ihn@t]]
Yurii               [[j'u:ri:j]]
Denys               [[d'EnIs]]

# Ukraine: money and institutions
hryvnia             [[hr'Ivnj@]]              # HRIV-nya
hryvnias            [[hr'Ivnj@z]]
Verkhovna Rada      [[vErx'O:vn@ r'A:d@]]
Rada                [[r'A:d@]]                # RAH-da, not RAY-da
oblast              [['0bl@st]]               # OB-last
oblasts             [['0bl@sts]]
Maidan              [[maId'A:n]]
Holodomor           [[h,O:l@d@m'O@]]
Naftogaz            [[n,A:ft@g'A:z]]
Ukrzaliznytsia      [[,u:krz,A:lIzn'Itsj@]]

# Russia: weapons, places and people in the news about the war
Oreshnik            [[A:r'ESnIk]]             # a-RESH-nik
Shahed              [[SA:h'Ed]]               # sha-HED (an Iranian drone)
Shaheds             [[SA:h'Edz]]
Belgorod            [[bj'Elg@r@d]]
Kadyrov             [[k@d'Ir@f]]
Shoigu              [[SOIg'u:]]               # shoy-GOO
Belousov            [[bjEl@'u:s@f]]
Gerasimov           [[gjEr'A:sIm@f]]
Peskov              [[pEsk'O:f]]
Lavrov              [[l@vr'O:f]]              # la-VROFF
Zakharova           [[z@x'A:r@v@]]
Medvedev            [[mEdv'EdEf]]
Navalny             [[n@v'A:lni]]
Prigozhin           [[prIg'O:ZIn]]

# Belarus, Moldova, Georgia, Poland
Sviatlana           [[svj@tl'A:n@]]
Tsikhanouskaya      [[ts,Ix@n'O:sk@j@]]
Chisinau            [[k,i:Si:n'aU]]           # kee-shee-NOW
Tiraspol            [[tIr'A:sp@l]]
Tbilisi             [[t@bIl'i:si]]            # t'bi-LEE-see
Kobakhidze          [[k,O:bA:x'i:dzE]]
Rzeszow             [[Z'ESu:f]]               # ZHEH-shoof

# Acronyms said as words that espeak-ng says wrong (the normaliser spells
# unknown initialisms and leaves these as words: src/lang/en.c caps_words)
ESA                 [['i:s@]]                 # EE-sa (espeak-ng: ESS-a)
FEMA                [[f'i:m@]]                # FEE-ma
FTSE                [[f'Utsi]]                # FOOT-see
NIST                [[n'Ist]]

# Names in the world's news that espeak-ng's English rules get wrong
Pompeo              [[pQmp'eIoU]]             # pom-PAY-oh (espeak-ng: POM-pee-oh)
Xi Jinping          [[S'i: dZ'InpIN]]         # SHEE jin-ping (espeak-ng: zye)
Erdogan             [['E@d@w,A:n]]            # AIR-doh-wahn
Macron              [[m,akr'oUn]]             # mah-KRON
Guterres            [[gUt'Er@S]]              # goo-TEH-resh
Huawei              [[hw'A:weI]]              # WAH-way
Qatar               [[k'A:tA@]]               # KAH-tar
Modi                [[m'oUdi:]]
Scholz              [[S'oUlts]]               # SHOLTS
Khamenei            [[x,A:m@n'eI]]            # kha-meh-NAY
Riyadh              [[ri:j'A:d]]              # ree-YAHD
Kabul               [[k'A:bUl]]               # KAH-bool
Houthi              [[h'u:Ti]]                # HOO-thee
Houthis             [[h'u:Tiz]]
Hezbollah           [[h,Ezb@l'A:]]            # hez-bo-LAH
Sunak               [[s'u:nak]]               # SOO-nak
Moderna             [[m@d'3:n@]]              # mo-DER-na
Nvidia              [[En'vIdi@]]              # en-VID-ia

# Names in the world news that espeak-ng says wrong, checked with
# espeak-ng -x; the comment gives the sound intended
Bezos               [[b'eIzoUs]]              # BAY-zohss
Schiff              [[S'If]]                  # SHIFF
Burisma             [[bu:r'Ism@]]             # boo-RISS-ma
Ocasio-Cortez       [[oUk'A:sioU k,O@t'Ez]]   # oh-KAH-see-oh kor-TEZ
Petraeus            [[p@tr'eI@s]]             # pe-TRAY-us
mujahideen          [[m,u:dZ@hId'i:n]]        # moo-ja-hi-DEEN
Elon                [['i:l0n]]                # EE-lon
Antoine             [[antw'A:n]]              # an-TWAHN
Erdogan             [[,E@doU'A:n]]            # AIR-doh-ahn
Navalny             [[n@v'A:lni]]             # na-VAHL-nee
Shoigu              [[SOIg'u:]]               # shoy-GOO
Lavrov              [[l@vr'O:f]]              # lav-ROFF
Maduro              [[m@d'u:roU]]             # ma-DOO-roh
Bolsonaro           [[b,oUls@n'A:roU]]        # bohl-so-NAH-roh
Orban               [['O@bA:n]]               # OR-bahn
Orbán               [['O@bA:n]]
Kishida             [[kIS'i:d@]]              # ki-SHEE-da
Albanese            [[,alb@n'i:zi]]           # al-ba-NEE-zee
Ramaphosa           [[r,A:m@p'oUs@]]          # rah-ma-POH-sa
Tinubu              [[tIn'u:bu:]]             # ti-NOO-boo
Abiy                [['A:bi:]]                # AH-bee
Sisi                [[s'i:si:]]               # SEE-see
Raisi               [[r@'i:si:]]              # ra-EE-see
Haniyeh             [[h'A:nIj@]]              # HAH-nee-yeh
Nasrallah           [[n@sr'A:l@]]             # nas-RAH-la
Sinwar              [[sInw'A@]]               # sin-WAR
Buttigieg           [[b'u:t@dZ,EdZ]]          # BOOT-edge-edge
Mayorkas            [[maI'O@k@s]]             # my-OR-kas
Fauci               [[f'aUtSi]]               # FOW-chee
Lagarde             [[l@g'A@d]]               # la-GARD
Habeck              [[h'A:bEk]]               # HAH-beck
Rutte               [[r'Vt@]]                 # RUT-uh
Xiaomi              [[S'aUmi:]]               # SHOW-mee
Nadella             [[n@d'El@]]               # na-DELL-a
Pichai              [[p@tS'aI]]               # pi-CHAI
Renault             [[r@n'oU]]                # ruh-NOH
Nestlé              [[n'EsleI]]               # NESS-lay
Uniqlo              [[j'u:nIkloU]]            # YOO-ni-kloh
Porsche             [[p'o@S@]]                # POR-shuh
Xi                  [[S'i:]]                  # SHEE
Ghebreyesus         [[g,Ebr@j'eIs@s]]         # geb-re-YAY-sus
Medvedev            [[mEdv'EdEf]]             # med-VED-ef
Prigozhin           [[prIg'oUZIn]]            # pri-GOH-zhin
Merz                [[m'E@ts]]                # MERTS
Jurgen              [[j'3:g@n]]               # YUR-gen
Jürgen              [[j'3:g@n]]
Moreau              [[mO:r'oU]]               # mo-ROH
Trudeau             [[tru:d'oU]]              # troo-DOH
Mosul               [[m'oUs@l]]               # MOH-sul
Sunni               [[s'u:ni]]                # SOO-nee
Juncker             [[j'UNk3]]                # YOONG-ker
Nouakchott          [[nw,A:kS'0t]]            # nwahk-SHOT
McAfee              [[m'ak@fi:]]              # MACK-a-fee
Calderon            [[k,ald@r'oUn]]           # kal-de-ROHN
Calderón            [[k,ald@r'oUn]]
Fallujah            [[f@l'u:dZ@]]             # fa-LOO-ja
Kirkuk              [[k3:k'u:k]]              # kir-KOOK
Zelenskyy           [[zEl'Enski]]             # ze-LEN-skee
Xinjiang            [[S,IndZi'A:N]]           # shin-jee-AHNG
Uyghur              [['wi:g3]]                # WEE-gur
Uyghurs             [['wi:g3z]]
Tigray              [[t'i:greI]]              # TEE-gray
Tigrayan            [[t,i:gr'eI@n]]
Tbilisi             [[t@bl'i:si]]             # tuh-blee-SEE
Chisinau            [[k,i:Si:n'aU]]           # kee-shee-NOW
Vucic               [[v'u:tSItS]]             # VOO-chich
Vučić               [[v'u:tSItS]]
Idlib               [['Idlib]]                # ID-lib
Niamey              [[nj'A:meI]]              # nyah-MAY
Caracas             [[k@r'A:k@s]]             # ka-RAH-kass
Guaido              [[gwaI'doU]]              # gwy-DOH

# World figures espeak-ng stresses wrongly (each checked with espeak-ng -x)
Condoleezza         [[k,0nd@l'i:z@]]          # kon-duh-LEE-za
Saddam              [[s@d'A:m]]               # sa-DAHM
Hussein             [[hu:s'eIn]]              # hoo-SAYN
Minogue             [[mIn'oUg]]               # mi-NOHG
Sunnis              [[s'u:niz]]               # SOO-neez, as "Sunni"
Climategate         [[kl'aIm@tgeIt]]          # CLIMATE-gate
Ahmadinejad         [[,A:m@d'i:n@dZ,A:d]]     # ah-ma-DEE-ne-jahd
Bernanke            [[b3n'aNki]]              # ber-NANG-kee
Oprah               [['oUpr@]]                # OH-pra
Sarandon            [[s@r'and@n]]             # sa-RAN-dun
Beyoncé             [[bi:j'0nseI]]            # bee-YON-say
Beyonce             [[bi:j'0nseI]]

# Sports and business names
Favre               [[f'A@v]]                 # FARV
Deion               [[di:'0n]]                # dee-ON
Schuyler            [[sk'aIl3]]               # SKY-ler
Schaefer            [[S'eIf3]]                # SHAY-fer
Qwest               [[kw'Est]]                # KWEST
Redknapp            [[r'Ednap]]               # RED-nap, the k silent
Dalglish            [[dalgl'i:S]]             # dal-GLEESH
Ardiles             [[A@d'i:lEs]]             # ar-DEE-les
Celtics             [[s'EltIks]]              # SEL-tiks, Boston's team
Wyclef              [[w'aIklEf]]              # WHY-clef
Bayern              [[b'aI3n]]                # BY-ern
Sousa               [[s'u:z@]]                # SOO-za
Weibo               [[w'eIboU]]               # WAY-bo

# People in the news
Bhutto              [[b'u:toU]]               # BOO-toe
Ki-moon             [[k,i:m'u:n]]             # kee-MOON, Ban Ki-moon
Selebi              [[s@l'eIbi]]              # se-LAY-bee
Anelka              [[@n'Elk@]]               # a-NEL-ka

# Places
Leadville           [[l'Edvil]]               # LED-vil
Fremont             [[fr'i:m0nt]]             # FREE-mont
Tottenham           [[t'0t@n@m]]              # TOT-nam, the h silent
Hokkaido            [[h0k'aIdoU]]             # ho-KY-doh
Waialae             [[w,aI@l'aIeI]]           # why-a-LIE-ay

# Words
phenom              [[fIn'A:m]]               # fi-NOM
gov't               government                # a headline's short form

# Phrases that settle a homograph espeak-ng reads the other way
on a tear           on a tare                 # a run of wins, not a teardrop
bows out            [[b'aUz 'aUt]]            # BOWZ (rhymes with cows)

# Names in the news from many countries (issue 15, sixth round): each
# checked with espeak-ng -x -v en-us against its broadcast pronunciation;
# the comment gives the respelling and espeak-ng's own reading.
# Leaders and politicians
Li Qiang              [[l'i: tSj'A:N]]  # LEE CHYAHNG (espeak-ng: l'aI kj'aN)
Gaddafi               [[g@d'A:fi]]  # guh-DAH-fee (espeak-ng: g'adafi)
Mubarak               [[mu:b'A@r@k]]  # moo-BAR-uk (espeak-ng: mj'u:ba#r,ak)
Rouhani               [[ru:h'A:ni]]  # roo-HAH-nee (espeak-ng: raUh'A:ni)
Duterte               [[du:t'e@teI]]  # doo-TAIR-tay (espeak-ng: d'u:t#3t)
Mugabe                [[mu:g'A:bi]]  # moo-GAH-bee (espeak-ng: mj'u:geIb)
Museveni              [[m,u:s@v'Eni]]  # moo-seh-VEH-nee (espeak-ng: mj'u:zI2v,Eni)
Kagame                [[k@g'A:meI]]  # kuh-GAH-may (espeak-ng: k'ageIm)
Mnuchin               [[m@n'u:tSIn]]  # muh-NOO-chin (espeak-ng: 'Emn'VtSIn)
Mueller               [[m'Vl3]]  # MULL-er (espeak-ng: mj'u:@l3)
Comey                 [[k'oUmi]]  # KOH-mee (espeak-ng: k@m'aI)
Giuliani              [[dZ,u:li'A:ni]]  # joo-lee-AH-nee (espeak-ng: dZIj'u:li@ni)
Sarkozy               [[s,A@koUz'i:]]  # sar-koh-ZEE (espeak-ng: s'A@k0zi)
Francois Hollande     [[fr,A:nsw'A: oUl'A:nd]]  # frahn-SWAH oh-LAHND (espeak-ng: fr'answA: h'0l@nd)
Milei                 [[mi:l'eI]]  # mee-LAY (espeak-ng: m'IleI)
Bukele                [[bu:k'EleI]]  # boo-KEH-lay (espeak-ng: bj'u:kEl)
Lopez Obrador         [[l'oUpEz ,oUbr@d'o@]]  # LOH-pez oh-bruh-DOR (espeak-ng: l'oUpEz '0bra#d,o@)
Shinzo Abe            [[S'InzoU 'A:beI]]  # SHIN-zoh AH-bay (espeak-ng: S'InzoU 'eIb)
Moon Jae-in           [[m'u:n dZ,eI'In]]  # MOON jay-IN (espeak-ng: m'u:n j'i:;'In)
Ketanji               [[k@t'A:ndZi]]  # kuh-TAHN-jee (espeak-ng: k'EtandZi)
# Groups and institutions
Hamas                 [[h@m'A:s]]  # huh-MAHSS (espeak-ng: h'A:m@z)
al-Shabaab            [[,alS@b'A:b]]  # al-shuh-BAHB (espeak-ng: 'alS'abA:b)
Daesh                 [[d'A:ES]]  # DAH-esh (espeak-ng: d'i:S)
Knesset               [[k@n'EsEt]]  # kuh-NESS-et (espeak-ng: n'EsEt)
Bundestag             [[b'Und@st,A:k]]  # BOON-duh-stahk (espeak-ng: b'VndI2st,ag)
Rohingya              [[roUh'INj@]]  # roh-HING-yuh (espeak-ng: r'oUhI2NI;@)
# Places
Dubai                 [[du:b'aI]]  # doo-BYE (espeak-ng: d'u:baI)
Sanaa                 [[s@n'A:]]  # suh-NAH (espeak-ng: s'anA:)
Ramallah              [[r@m'A:l@]]  # ruh-MAH-luh (espeak-ng: r'amal@)
Jenin                 [[dZ@n'i:n]]  # juh-NEEN (espeak-ng: dZ'EnIn)
Khan Younis           [[k'A:n j'u:nIs]]  # KAHN YOO-nis (espeak-ng: k'A:n j'aUniz)
Budapest              [[b'u:d@p,Est]]  # BOO-duh-pest (espeak-ng: b,u:d@p'Est)
Srebrenica            [[sr,Ebr@n'i:ts@]]  # sreb-ruh-NEET-suh (espeak-ng: 'EsrI#br'EnIk@)
Versailles            [[v3s'aI]]  # ver-SYE (espeak-ng: v'3:seIlz)
Chongqing             [[tS,UNtS'IN]]  # chung-CHING (espeak-ng: tS'0NkIN)
Guangzhou             [[gw,A:NdZ'oU]]  # gwahng-JOH (espeak-ng: gw'A:NZu:)
Urumqi                [[u:r'u:mtSi]]  # oo-ROOM-chee (espeak-ng: j'U@rVmki)
Phnom Penh            [[p@n'0m p'En]]  # puh-NOM PEN (espeak-ng: pn'0m p'En)
Benghazi              [[bEng'A:zi]]  # ben-GAH-zee (espeak-ng: bENh'A:zi)
Medellin              [[m,Ed@j'i:n]]  # med-eh-YEEN (espeak-ng: mEd'ElI#n)
Boise                 [[b'OIsi]]  # BOY-see (espeak-ng: b'OIz)
# Companies and media
Xinhua                [[S'Inhw,A:]]  # SHIN-hwah (espeak-ng: z'Inhju:@)
Nissan                [[n'i:sA:n]]  # NEE-sahn (espeak-ng: n'IsA:n)
Nestle                [[n'Esli]]  # NESS-lee (espeak-ng: n'Es@L)
UBS                   [[j,u:b,i:'Es]]  # YOO-bee-ESS (espeak-ng: 'Vbz)
Airbnb                [['e@b,i:,En'bi:]]  # AIR-bee-en-BEE (espeak-ng: 'e@bnb)
Louis Vuitton         [[l'u:i vw,i:t'A:n]]  # LOO-ee vwee-TAHN (espeak-ng: l'u:i vj'u:I2?,n-)
Ozempic               [[oUz'EmpIk]]  # oh-ZEM-pik (espeak-ng: 'oUzmpIk)
# Sport
Mbappe                [[Emb@p'eI]]  # em-bah-PAY (espeak-ng: 'Emb'ap)
Neymar                [[neIm'A@]]  # nay-MAR (espeak-ng: n'eIm3)
Zidane                [[zId'A:n]]  # zih-DAHN (espeak-ng: z'IdeIn)
De Bruyne             [[d@ br'OIn@]]  # duh BROY-nuh (espeak-ng: d@ br'aIn)
Modric                [[m'oUdrItS]]  # MOH-drich (espeak-ng: m'0drIk)
Ibrahimovic           [[,Ibr@h'i:m@vItS]]  # ib-ruh-HEE-muh-vich (espeak-ng: ,Ibra#hI2m'u:vIk)
Mourinho              [[mO:r'i:njoU]]  # moh-REEN-yoh (espeak-ng: m3:r'InhoU)
Arsene Wenger         [[A@s'En v'EN3]]  # ar-SEN VENG-er (espeak-ng: 'A@si:n w'EndZ3)
Arteta                [[A@t'Et@]]  # ar-TET-uh (espeak-ng: 'A@t#Et#@)
Djokovic              [[dZ'oUk@vItS]]  # JOH-kuh-vich (espeak-ng: dZ@k'0vIk)
Nadal                 [[n@d'A:l]]  # nuh-DAHL (espeak-ng: n'eId@L)
Alcaraz               [[,alk@r'A:s]]  # al-kuh-RAHSS (espeak-ng: 'alka#r,az)
Zverev                [[zv'ErEf]]  # ZVEH-ref (espeak-ng: z'i:v'ErEv)
Tsitsipas             [[tsIts'i:p@s]]  # tsih-TSEE-pus (espeak-ng: ts'ItsIp@z)
Swiatek               [[Svj'0ntEk]]  # SHVYON-tek (espeak-ng: sw'i@t#Ek)
Sabalenka             [[s,ab@l'ENk@]]  # sab-uh-LENG-kuh (espeak-ng: s'abeIl@Nk@)
Leclerc               [[l@kl'e@]]  # luh-KLAIR (espeak-ng: l'Ekl3:k)
Giannis               [[j'A:nIs]]  # YAH-nis (espeak-ng: dZ'aI@niz)
Jokic                 [[j'oUkItS]]  # YOH-kitch (espeak-ng: dZ'0kIk)
Doncic                [[d'0ntSItS]]  # DAHN-chitch (espeak-ng: d'0nsIk)
Embiid                [[Emb'i:d]]  # em-BEED (espeak-ng: Emb'I;Id)
Kawhi                 [[k@w'aI]]  # kuh-WHY (espeak-ng: k'O:haI)
Mahomes               [[m@h'oUmz]]  # muh-HOHMZ (espeak-ng: m'ahoUmz)
Kelce                 [[k'Elsi]]  # KEL-see (espeak-ng: k'Els)
Tagovailoa            [[t,VNoUvaIl'oU@]]  # tung-oh-vy-LOH-uh (espeak-ng: t,ag@veIl'oU@)
Krzyzewski            [[S@S'Efski]]  # shuh-SHEF-skee (espeak-ng: k,eI'A@zaIzj'u:ski)
Belichick             [[b'El@tSIk]]  # BEL-ih-chick (espeak-ng: bI#l'ItSIk)
Jeter                 [[dZ'i:t3]]  # JEE-ter (espeak-ng: dZ'Et#3)
McIlroy               [[m'akIlr,OI]]  # MACK-il-roy (espeak-ng: m@k 'IlrOI)

# Names from the slip count of set K (issue 15, sixth round; extraction-dev
# every 20th page from 15), each checked with espeak-ng -x -v en-us
Lecavalier            [[l@k'av@lj,eI]]          # luh-KAV-ul-yay (espeak-ng: l'Eka#v,ali;3)
Iginla                [[Ig'Inl@]]               # ih-GIN-luh (espeak-ng: 'IdZInl@)
Jarome                [[dZ@r'oUm]]              # juh-ROHM (espeak-ng: dZ'aroUm)
Chretien              [[kreIt'jEn]]             # kreh-TYEN (espeak-ng: kr'ES@n)
Coderre               [[koUd'e@]]               # koh-DAIR (espeak-ng: k'oUd3r@)
Peter MacKay          [[p'i:t3 m@k'aI]]         # muh-KYE (espeak-ng: m'ak k'eI)
Saskatchewan          [[sask'atS@w,A:n]]        # sas-KATCH-uh-wahn (espeak-ng: s'aska#tS,u:@n)
Selig                 [[s'i:lIg]]               # SEE-lig (espeak-ng: s'ElIg)
Brochu                [[broUS'u:]]              # broh-SHOO (espeak-ng: br'0tSu:)
Boumerdes             [[b,u:m3d'Es]]            # boo-mer-DESS (espeak-ng: b'aUm3dz)
al-Arabiya            [[,al@r'A:bi@]]           # al-a-RAH-bee-ya (espeak-ng: 'al'ara#b,Ij3)
Fiennes               [[f'aInz]]                # FINES (espeak-ng: fI;'Enz)
DiCaprio              [[dIk'apri,oU]]           # dih-KAP-ree-oh (espeak-ng: d'aI k'aprI2;,oU)
Kobe                  [[k'oUbi]]                # KOH-bee (espeak-ng: k'oUb)
Coppinger             [[k'0pIndZ3]]             # COP-in-jer (espeak-ng: k'0pINg3)
Lohan                 [[l'oU@n]]                # LOH-en (espeak-ng: l'oUhan)

# Names and words from the slip count of set M (issue 15, eighth round;
# extraction-dev every 20th page from 4), each checked with espeak-ng -x
Attenborough          [['at@nb@r@]]             # AT-en-bruh (espeak-ng: a#t'Enb@r,oU)
Canucks               [[k@n'Vks]]               # kuh-NUCKS (espeak-ng: k'anVks)
Nike                  [[n'aIki]]                # NY-kee (espeak-ng: n'aIk)
Mischa                [[m'i:S@]]                # MEE-sha (espeak-ng: mI2stS'A:)
Sundance              [[s'Vndans]]              # SUN-dance (espeak-ng: s'Vnd@ns)
macaque               [[m@k'ak]]                # muh-KAK (espeak-ng: m'akak)
macaques              [[m@k'aks]]
AMOLED                [['eImoUl,Ed]]            # AY-moh-led (espeak-ng: 'amoUld)

# From the slip count of set N (issue 15, eighth round; extraction-dev
# every 20th page from 6), each checked with espeak-ng -x
Tshwane               [[tS'wA:neI]]             # CHWAH-nay (espeak-ng: spelled T S H)
Nextel                [[nEkst'El]]              # nex-TEL (espeak-ng: n'Ekst@L)
Peres                 [[p'ErEz]]                # PERR-ez (espeak-ng: p'i@z)
Musharraf             [[muS'ar@f]]              # moo-SHARR-uf

# From the slip count of set O (issue 15, ninth round; extraction-dev
# every 20th page from 8), each checked with espeak-ng -x
Alouettes             [[,alu:'Ets]]             # al-oo-ETS (espeak-ng: a#laU'Ets)
DiPietro              [[dIpi:'EtroU]]           # dih-pee-ET-roh (espeak-ng: d'aI p'aI@troU)
Jeanine               [[dZ@n'i:n]]              # juh-NEEN (espeak-ng: dZ'i:naIn)
Streisand             [[str'aIsand]]            # STRY-sand (espeak-ng: str'eIsand)
Legace                [[l'Eg@si]]               # LEG-uh-see (espeak-ng: l'EgeIs)
Tkachuk               [[k@tS'Vk]]               # kuh-CHUCK (espeak-ng: t'i:k'atSVk)
Rainier               [[reIn'i@]]               # ray-NEER (espeak-ng: r'eIni;3)
Puget                 [[pj'u:dZIt]]             # PYOO-jit (espeak-ng: hard g)
Macomb                [[m@k'oUm]]               # muh-KOHM (espeak-ng: m'akoUm)
Didier                [[d'i:djeI]]              # DEE-dyay (espeak-ng: d'aIdi;3)
Rhein                 [[r'aIn]]                 # RINE (espeak-ng: r'eIn)
# Said in full, as a newsreader reads the shorthand
ICYMI                 in case you missed it
